// Preloaded into every replica the cluster starts (node --require): when the cluster process goes
// away without stopping us (killed with SIGKILL), the IPC channel to it closes and this replica
// shuts down gracefully instead of holding its port forever. Nothing else is sent over the channel.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
