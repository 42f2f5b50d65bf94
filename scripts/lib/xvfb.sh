# xvfb.sh is sourced by the scripts that run the desktop app without a
# display. start_xvfb starts Xvfb on a free display (1440x900, 24 bits),
# sets xvfb to its pid (for the caller's cleanup) and exports DISPLAY and
# the software rendering WebKitGTK needs there; log is Xvfb's log file.
# It calls the caller's fail when Xvfb does not start.
start_xvfb() {
  local log=$1 d=99
  while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d+1)); done
  Xvfb ":$d" -screen 0 1440x900x24 -nolisten tcp >"$log" 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
  [ -e "/tmp/.X11-unix/X$d" ] || fail "Xvfb did not start"
  export DISPLAY=":$d" WAYLAND_DISPLAY="" WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1
}
