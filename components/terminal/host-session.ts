/**
 * The simulator side of the terminal (the simulated Docker host and the lesson's exercise agent), in
 * its own lazily loaded chunk: xterm-screen loads it once xterm is up (so its evaluation, a long task,
 * does not delay the prompt); keystrokes entered meanwhile are held and replayed.
 */
export { createHostSession } from '@/lib/host';
export { lessonAgent } from '../exercise/agent/lesson-agent';
