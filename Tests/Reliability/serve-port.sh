# Sourced by the reliability scripts that start `versus serve --port 0`.
#
# wait_for_port LOG PID: prints the port `versus serve` (process PID, logging to LOG) reports
# once it listens; fails (status 1, the reason on stderr) when the server dies first or says
# nothing within 60 s: call it as `port=$(wait_for_port LOG PID) || exit 1`.
wait_for_port() {
    local log=$1 pid=$2 port=""
    for _ in $(seq 1 600); do
        port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log" | head -1)
        [[ -n $port ]] && { echo "$port"; return; }
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "versus serve did not start" >&2; exit 1; }
        sleep 0.1
    done
    echo "versus serve did not report its port" >&2
    exit 1
}
