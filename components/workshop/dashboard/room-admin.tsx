'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError, workshopApi } from '../api';
import { forgetInstructorKey } from '../membership';
import { Alert, Button } from '../ui';

/** Export results as CSV, close the room (no more joins or progress), delete it for good. */
export function RoomAdmin({ code, secret, closed }: { code: string; secret: string; closed: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof ApiError ? e.message : String(e));

  async function download() {
    try {
      const csv = await workshopApi.exportCsv(code, secret);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: `workshop-${code}-results.csv` });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      fail(e);
    }
  }

  return (
    <div>
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={download}>
          Export results (CSV)
        </Button>
        <Button variant="secondary" disabled={closed} onClick={() => confirm('Close the workshop? Learners can no longer join or send progress.') && workshopApi.close(code, secret).catch(fail)}>
          {closed ? 'Workshop closed' : 'Close the workshop'}
        </Button>
        <Button
          variant="danger"
          onClick={() =>
            confirm('Delete the workshop and all its data now? This cannot be undone.') &&
            workshopApi.remove(code, secret).then(() => {
              forgetInstructorKey(code);
              router.push('/workshop');
            }, fail)
          }
        >
          Delete the workshop
        </Button>
      </div>
    </div>
  );
}
