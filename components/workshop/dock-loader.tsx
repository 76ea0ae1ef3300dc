'use client';

import { usePathname } from 'next/navigation';
import { lazy, Suspense, useEffect, useState } from 'react';
import { readMembership, subscribeMembership } from './membership';

const WorkshopDock = lazy(() => import('./workshop-dock'));

/**
 * Mounted once in the root layout. Costs almost nothing outside a workshop: it reads localStorage and
 * only then loads the dock (room status, instructor messages, the live question, lesson locks).
 */
export function WorkshopDockLoader() {
  const pathname = usePathname();
  const [member, setMember] = useState(false);
  useEffect(() => {
    const check = () => setMember(readMembership() !== null);
    check();
    return subscribeMembership(check);
  }, []);
  if (!member || pathname.startsWith('/workshop')) return null;
  return (
    <Suspense fallback={null}>
      <WorkshopDock pathname={pathname} />
    </Suspense>
  );
}
