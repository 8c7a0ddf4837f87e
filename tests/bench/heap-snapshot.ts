/**
 * What a worker's heap holds, from one DevTools heap snapshot after a forced GC: the engine's compiled code
 * (type `code`: machine code, bytecode and feedback, made as functions warm up, at most once per function)
 * apart from everything else (objects, strings, arrays, the browser's own objects), which is where a leak shows.
 */
import type { CDPSession } from 'puppeteer-core';

export interface HeapSplit {
  /** Bytes of compiled code. */
  code: number;
  /** Bytes of everything else. */
  rest: number;
  /** How many nodes everything else is: a leak of one object per run adds one per run. */
  restNodes: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** The split of one parsed `.heapsnapshot`. */
export function splitSnapshot(snap: Snapshot): HeapSplit {
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const split: HeapSplit = { code: 0, rest: 0, restNodes: 0 };
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const bytes = snap.nodes[i + size] as number;
    if (types[snap.nodes[i + type] as number] === 'code') split.code += bytes;
    else {
      split.rest += bytes;
      split.restNodes += 1;
    }
  }
  return split;
}

/** Forces a GC in the target of `session`, takes a heap snapshot and splits it. */
export async function heapSplit(session: CDPSession): Promise<HeapSplit> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return splitSnapshot(JSON.parse(chunks.join('')) as Snapshot);
}
