'use client';

import { DEFAULT_STUCK_RULES, goalHeatmap, stuckFlags } from '@/lib/workshop/insights';
import { formatCode } from '@/lib/workshop/ids';
import type { LessonIndex } from '../lesson-index';
import { Alert, Card } from '../ui';
import { GoalHeatmap } from './goal-heatmap';
import { KeyGate } from './key-gate';
import { LiveQuizPanel } from './live-quiz-panel';
import { Pacing } from './pacing';
import { ProgressGrid } from './progress-grid';
import { RoomAdmin } from './room-admin';
import { SharePanel } from './share-panel';
import { RecentFailures, StuckList } from './stuck-list';
import { useDashboard } from './use-dashboard';
import { useInstructorKey } from './use-instructor-key';

const LIVE: Record<string, string> = { connecting: 'connecting…', live: 'live', offline: 'reconnecting…', ended: 'not live' };

/** The instructor's live dashboard for one room. */
export function Dashboard({ code, index }: { code: string; index: LessonIndex }) {
  const [key, ready, setKey] = useInstructorKey(code);
  const { workshop, state, now, stream, error, gone } = useDashboard(code, key);
  if (!ready) return null;
  const heading = <h1 className="text-3xl font-bold tracking-tight">{workshop?.title ?? `Workshop ${formatCode(code)}`}</h1>;
  if (!key || error?.status === 403) {
    return (
      <>
        {heading}
        <p className="mt-2 mb-6 text-muted">Instructor dashboard</p>
        <KeyGate onKey={setKey} refused={error?.status === 403} />
      </>
    );
  }
  if (gone || error) {
    return (
      <>
        {heading}
        <Alert>{gone ? `This workshop was ${gone}.` : error!.message}</Alert>
      </>
    );
  }
  if (!workshop || !state) return heading;
  const flags = stuckFlags(state, now, DEFAULT_STUCK_RULES);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          {heading}
          <p className="text-muted">
            Instructor dashboard · {state.learnerOrder.length} learner{state.learnerOrder.length === 1 ? '' : 's'} ·{' '}
            <span data-testid="stream-state">{LIVE[stream]}</span>
            {state.closed && <strong> · closed</strong>}
          </p>
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Share" id="share">
          <SharePanel workshop={workshop} index={index} />
        </Card>
        <Card title="Pacing" id="pacing" className="lg:col-span-2">
          <Pacing code={code} secret={key} lessons={workshop.lessons} unlocked={state.unlocked} index={index} closed={state.closed} />
        </Card>
      </div>
      <Card title="Progress" id="progress">
        <ProgressGrid state={state} lessons={workshop.lessons} index={index} flags={flags} />
      </Card>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Goals most learners miss" id="heatmap">
          <GoalHeatmap heat={goalHeatmap(state, workshop.lessons)} />
        </Card>
        <Card title="Stuck" id="stuck">
          <StuckList flags={flags} state={state} />
        </Card>
        <Card title="Recent failing commands" id="failures">
          <RecentFailures state={state} />
        </Card>
      </div>
      <Card title="Live class question" id="live-quiz">
        <LiveQuizPanel code={code} secret={key} state={state} />
      </Card>
      <Card title="Room" id="admin">
        <RoomAdmin code={code} secret={key} closed={state.closed} />
      </Card>
    </div>
  );
}
