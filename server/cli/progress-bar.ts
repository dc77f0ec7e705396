// One progress bar for the command-line tools: drawn in place on a terminal; elsewhere (a log, CI) a line at each
// tenth of the way, so logs stay short.

export function createProgressBar(total: number, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  return (done: number, label: string): void => {
    if (total < 2) return;
    const share = Math.min(1, done / total);
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label.slice(-50).padEnd(50)}`);
      if (done >= total) stream.write('\n');
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      stream.write(`${Math.round(share * 100)}% ${done}/${total} ${label}\n`);
    }
  };
}
