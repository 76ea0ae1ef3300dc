/**
 * A compact description of API types for strict decoding: which fields exist and what JSON type
 * each holds, with the Go type names the server's errors quote (`DeploymentSpec.spec.replicas of
 * type int32`).
 */
export type Scalar = 'string' | 'int32' | 'int64' | 'bool' | 'intstr' | 'quantity' | 'any' | 'time';

export interface StructType {
  /** Go type name (`DeploymentSpec`). */
  go: string;
  fields: Record<string, FieldType>;
}

export type FieldType = Scalar | StructType | { list: FieldType } | { map: Scalar };

export const struct = (go: string, fields: Record<string, FieldType>): StructType => ({ go, fields });
export const list = (t: FieldType): FieldType => ({ list: t });
export const map = (t: Scalar = 'string'): FieldType => ({ map: t });
