export type NetworkDriver = 'bridge' | 'host' | 'null' | 'macvlan' | 'ipvlan' | 'overlay';

export interface IpamConfig {
  Subnet: string;
  Gateway?: string;
  IPRange?: string;
}

export interface NetworkRecord {
  id: string;
  name: string;
  driver: NetworkDriver;
  scope: 'local' | 'swarm';
  created: number;
  enableIPv6: boolean;
  ipam: { Driver: string; Options: Record<string, string> | null; Config: IpamConfig[] };
  internal: boolean;
  attachable: boolean;
  ingress: boolean;
  options: Record<string, string>;
  labels: Record<string, string>;
  /** One of the three networks every daemon has (bridge, host, none): cannot be removed. */
  predefined: boolean;
  /** Last host number handed out (docker allocates serially, wrapping around). */
  allocCursor: number;
  /** false when `docker network create` picked the subnet from the default pools (no --ip then). */
  userSubnet?: boolean;
}

/** A container's attachment to a network (NetworkSettings.Networks[name]). */
export interface EndpointRecord {
  networkId: string;
  endpointId: string;
  ipAddress: string;
  ipPrefixLen: number;
  gateway: string;
  macAddress: string;
  aliases: string[];
  /** Names other containers on a user-defined network can resolve this endpoint by. */
  dnsNames: string[];
  /** Address requested with --ip (kept across restarts). */
  requestedIp?: string;
}
