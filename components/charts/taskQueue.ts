// One job per task. A click step that redraws several charts would otherwise do all of it
// in the task of the key press, one long task that holds up the next key press and frame;
// queued here, each chart draws in a task of its own, a moment after the one before (a
// message posted to ourselves, which unlike setTimeout is never clamped to 4 ms).

const queue: (() => void)[] = []
let channel: MessageChannel | undefined

function post() {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(runOne, 0)
    return
  }
  if (!channel) {
    channel = new MessageChannel()
    channel.port1.onmessage = runOne
  }
  channel.port2.postMessage(0)
}

function runOne() {
  const job = queue.shift()
  if (queue.length > 0) post()
  job?.()
}

/** Runs `job` in a task of its own, after the jobs queued before it; returns a cancel. */
export function inOwnTask(job: () => void): () => void {
  queue.push(job)
  if (queue.length === 1) post()
  return () => {
    const i = queue.indexOf(job)
    if (i >= 0) queue.splice(i, 1)
  }
}
