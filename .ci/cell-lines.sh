# shellcheck shell=bash
# Sourced by the host cells' guest scripts: how a check reports itself. Each line ends with the seconds since
# the previous one (a boot without KVM is 10-20x slower). Needs $cell set; counts failures in $failures.
: "${cell:?the sourcing script sets the cell name}"
failures=0
last=$SECONDS
took() {
    echo "($((SECONDS - last)) s)"
    last=$SECONDS
}
ok() { echo "  ok    $cell: $* $(took)"; }
fail() {
    echo "  FAIL  $cell: $* $(took)"
    failures=$((failures + 1))
}
