#!/usr/bin/env bash
# Installs and starts a local single-node Slurm cluster (munge + slurmctld + slurmd) from the
# Debian packages slurm-wlm and munge, so the Slurm job-array test of `teamsim slurm` runs for real.
# Needs root (or passwordless sudo) on Debian/Ubuntu. Idempotent: a second run finds the node idle
# and returns at once. Without systemd: the daemons are started directly.
#
#   bash scripts/slurm-local.sh          # install, configure, start, wait until the node is idle
#   SLURM_LOCAL_TIMEOUT=120 bash scripts/slurm-local.sh
set -euo pipefail

timeout_s=${SLURM_LOCAL_TIMEOUT:-90}
conf_dir=/etc/slurm
conf=$conf_dir/slurm.conf
marker="# Written by teamsim scripts/slurm-local.sh (a one-node test cluster); rewritten when it differs."

say() { echo "slurm-local: $*"; }
die() { echo "slurm-local: $*" >&2; exit 1; }
logs() { tail -n 20 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log >&2 2>/dev/null || true; }
trap 'rc=$?; echo "slurm-local: failed (exit $rc) at line $LINENO: $BASH_COMMAND" >&2; logs; exit $rc' ERR

if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "needs root (or sudo) to install and start Slurm"
  exec sudo -E bash "$0" "$@"
fi

node_idle() {
  command -v sinfo >/dev/null 2>&1 || return 1
  local state
  state=$(timeout 10 sinfo -h -N -o '%t' 2>/dev/null | head -n 1) || return 1
  [ "$state" = "idle" ] || [ "$state" = "mix" ] || [ "$state" = "alloc" ]
}

# 1. Packages.
if ! command -v slurmctld >/dev/null 2>&1 || ! command -v slurmd >/dev/null 2>&1 || ! command -v sbatch >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  say "installing slurm-wlm and munge (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

# 2. Munge: a key, and munged running as the munge user.
mkdir -p /etc/munge /var/lib/munge /var/log/munge /run/munge
if [ ! -s /etc/munge/munge.key ]; then
  say "creating a munge key"
  if command -v mungekey >/dev/null 2>&1; then
    mungekey --create --keyfile=/etc/munge/munge.key --force
  else
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 status=none
  fi
fi
chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge
chmod 0700 /etc/munge /var/lib/munge /var/log/munge
chmod 0755 /run/munge
chmod 0400 /etc/munge/munge.key
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  say "starting munged"
  rm -f /run/munge/munge.socket.2.lock
  runuser -u munge -- /usr/sbin/munged
  for _ in $(seq 1 50); do
    munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break
    sleep 0.2
  done
  munge -n | unmunge >/dev/null || die "munged does not answer"
fi

# 3. slurm.conf: one node with this machine's CPUs and memory, as slurmd -C sees them.
host=$(hostname -s)
node_line=$(slurmd -C | head -n 1)
cpus=$(sed -n 's/.*CPUs=\([0-9]*\).*/\1/p' <<<"$node_line")
memory=$(sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' <<<"$node_line")
[ -n "$cpus" ] && [ -n "$memory" ] || die "cannot read CPUs and memory from 'slurmd -C': $node_line"
mkdir -p "$conf_dir" /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
wanted=$(cat <<EOF
$marker
ClusterName=teamsim-local
SlurmctldHost=$host
AuthType=auth/munge
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
# CPUs are the consumable; memory is not tracked, so jobs without --mem do not each claim the whole node.
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
# Finished jobs stay visible to squeue/scontrol for an hour (there is no accounting database).
MinJobAge=3600
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=2
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
)
restart=0
if [ "$(cat "$conf" 2>/dev/null)" != "$wanted" ]; then
  say "writing $conf ($host: $cpus CPUs, $memory MB)"
  printf '%s\n' "$wanted" >"$conf"
  restart=1
fi

# 4. Daemons.
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
stop() {
  if running "$1"; then
    kill "$(cat "$1")" 2>/dev/null || true
    for _ in $(seq 1 50); do running "$1" || break; sleep 0.2; done
  fi
}
if [ "$restart" = 1 ]; then
  stop /run/slurmd.pid
  stop /run/slurmctld.pid
fi
if ! running /run/slurmctld.pid; then
  say "starting slurmctld"
  slurmctld
fi
if ! running /run/slurmd.pid; then
  say "starting slurmd"
  slurmd
fi

# 5. Wait for the node; a node left down or drained by an earlier run is returned to service.
deadline=$((SECONDS + timeout_s))
while ! node_idle; do
  state=$(timeout 10 sinfo -h -N -o '%t' 2>/dev/null | head -n 1 || true)
  case "$state" in
    down*|drain*|drng*|fail*) scontrol update NodeName="$host" State=RESUME >/dev/null 2>&1 || true ;;
  esac
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "slurm-local: the node is not idle after ${timeout_s}s (state '${state:-none}'); logs:" >&2
    logs
    exit 1
  fi
  sleep 1
done
say "Slurm is up: $(sinfo -h -N -o '%N %t %c CPUs %m MB')"
