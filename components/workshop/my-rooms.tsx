'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { formatCode } from '@/lib/workshop/ids';
import { type Membership, readInstructorKeys, readMembership, subscribeMembership } from './membership';

/** What this browser already has: the room it is a learner in, and rooms it created. */
export function MyRooms() {
  const [member, setMember] = useState<Membership | null>(null);
  const [rooms, setRooms] = useState<Array<[string, { title: string }]>>([]);
  useEffect(() => {
    const load = () => {
      setMember(readMembership());
      setRooms(Object.entries(readInstructorKeys()));
    };
    load();
    return subscribeMembership(load);
  }, []);
  if (!member && rooms.length === 0) return null;
  return (
    <section aria-labelledby="my-rooms-title" className="mb-8 rounded-lg border border-border bg-surface p-4">
      <h2 id="my-rooms-title" className="mb-2 text-lg font-semibold">
        On this device
      </h2>
      <ul className="space-y-1">
        {member && (
          <li>
            You are in <strong>{member.title}</strong> as {member.name}: <Link href="/workshop/room" className="text-accent underline">open the room</Link>
          </li>
        )}
        {rooms.map(([code, r]) => (
          <li key={code}>
            You run <strong>{r.title}</strong> ({formatCode(code)}): <Link href={`/workshop/${code}/dashboard`} className="text-accent underline">dashboard</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
