# Shared by the scripts in scripts/real-sut/ (sourced, after they set $state): stopping the
# system whose pid is in $state/pid, a free loopback TCP port, and waiting for a port to answer.

# Stops the process in $state/pid (TERM, then KILL after 10 s) and forgets it.
stop() {
  if [ -f "$state/pid" ]; then
    local pid
    pid="$(cat "$state/pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$state/pid"
  fi
  return 0
}

# Prints a TCP port on 127.0.0.1 that is free now.
free_tcp_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Waits up to TENTHS tenths of a second until 127.0.0.1:PORT accepts a connection; fails naming
# LOG when the process in $state/pid exits first.   wait_for_port PORT TENTHS NAME LOG
wait_for_port() {
  local port="$1" tenths="$2" name="$3" log="$4"
  for _ in $(seq "$tenths"); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    kill -0 "$(cat "$state/pid")" 2>/dev/null || { echo "real-sut: $name exited; see $log" >&2; exit 1; }
    sleep 0.1
  done
  echo "real-sut: $name did not answer on 127.0.0.1:$port; see $log" >&2
  exit 1
}
