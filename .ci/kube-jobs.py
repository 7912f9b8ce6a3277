#!/usr/bin/env python3
"""Runs the two Kubernetes Jobs of CI/kubernetes/ as local processes, as the Job controller would run their
pods, and checks that the merged decision is the one an unsharded run gave.

    .ci/kube-jobs.py PANEL UNSHARDED_LOOP_JSON

What is real: the pods' scripts exactly as the manifests write them (git clone of PANEL_REF, `panel loop
--shard`, the merge script's exit codes and printed summaries), their env values, one process per
completion index with JOB_COMPLETION_INDEX set, `parallelism` pods at a time, and the shared volume (one
folder all pods write to). What is emulated: the cluster itself; the volume and /checkout are folders under
a scratch directory (the scripts' absolute paths are rewritten to them); PANEL_REPO is this repository
(HEAD, as a branch of a local bare clone); and the pods' `swift build -c release --product panel` is handed
PANEL, the binary this checkout already built (a stand-in `swift` first on PATH), so that each pod does not
spend minutes rebuilding what CI has just built. A pod runs as this user, privileged as the manifest asks
only when this user is root. Exit 0 when every check holds, 1 when one fails, 2 for bad arguments.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    from ruamel.yaml import YAML

    def documents(handle):
        return list(YAML(typ="safe").load_all(handle))

except ImportError:  # PyYAML, where the venv of .ci/ci-templates.sh is not there
    import yaml

    def documents(handle):
        return list(yaml.safe_load_all(handle))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARDS_MANIFEST = os.path.join(ROOT, "CI/kubernetes/panel-shards.yaml")
MERGE_MANIFEST = os.path.join(ROOT, "CI/kubernetes/panel-merge.yaml")


def job_of(path):
    """The one Job in a manifest."""
    with open(path) as stream:
        jobs = [document for document in documents(stream) if document and document.get("kind") == "Job"]
    if len(jobs) != 1:
        sys.exit(f"{path}: expected one Job, found {len(jobs)}")
    return jobs[0]


def pod_script(job, volume, checkout):
    """The container's script, with the volume's mount path and /checkout pointing into the scratch folder."""
    container = job["spec"]["template"]["spec"]["containers"][0]
    if container["command"] != ["bash", "-c"] or len(container["args"]) != 1:
        sys.exit(f"{job['metadata']['name']}: expected command [bash, -c] and one script in args")
    mount = container["volumeMounts"][0]["mountPath"]
    script = container["args"][0].replace(mount, volume).replace("/checkout", checkout)
    env = {variable["name"]: variable["value"] for variable in container.get("env", [])}
    return script, env


def stand_in_swift(folder, panel):
    """A `swift` that answers the pods' one build by copying the host's built panel into place."""
    os.makedirs(folder)
    path = os.path.join(folder, "swift")
    with open(path, "w") as script:
        script.write(
            "#!/bin/sh\n"
            "# Stand-in for the pod's `swift build -c release --product panel` (see .ci/kube-jobs.py).\n"
            '[ "$*" = "build -c release --product panel" ] || { echo "unexpected: swift $*" >&2; exit 3; }\n'
            f"mkdir -p .build/release && cp {panel} .build/release/panel\n"
        )
    os.chmod(path, 0o755)


def outcome(loop_json):
    """Decision, dissent and held rounds of a loop.json, as CI/shard-merge.sh compares them."""
    with open(loop_json) as stream:
        report = json.load(stream)
    rounds = lambda key: ",".join(blocker["round"] for blocker in report[key])
    return "%s dissent=[%s] held=[%s]" % (report["decision"], rounds("dissent"), rounds("held"))


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    panel, unsharded = (os.path.abspath(argument) for argument in sys.argv[1:])
    scratch = tempfile.mkdtemp(prefix="panel-kube-")
    status = run(panel, unsharded, scratch)
    if status == 0:
        shutil.rmtree(scratch, ignore_errors=True)
    else:
        print(f"!! the pods' logs, checkouts and the volume are kept in {scratch}")
    return status


def run(panel, unsharded, scratch):
    failures = []
    volume = os.path.join(scratch, "packets")
    os.makedirs(volume)
    repository = os.path.join(scratch, "panel.git")
    subprocess.run(["git", "clone", "--quiet", "--bare", ROOT, repository], check=True)
    subprocess.run(["git", "-C", repository, "branch", "--quiet", "--force", "kube-jobs", "HEAD"], check=True)
    bin_folder = os.path.join(scratch, "bin")
    stand_in_swift(bin_folder, panel)
    base = {
        key: os.environ[key] for key in ("HOME", "LANG", "PANEL_CACHE", "TMPDIR", "CI") if key in os.environ
    }
    base["PATH"] = bin_folder + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin")
    base["PANEL_PROGRESS"] = "off"

    def pod(job, index):
        name = job["metadata"]["name"] + ("" if index is None else f"-{index}")
        script, env = pod_script(job, volume, os.path.join(scratch, "checkout-" + name))
        env.update(base, PANEL_REPO="file://" + repository, PANEL_REF="kube-jobs")
        if index is not None:
            env["JOB_COMPLETION_INDEX"] = str(index)
        log = open(os.path.join(scratch, name + ".log"), "w+")
        return name, log, subprocess.Popen(["bash", "-c", script], env=env, stdout=log, stderr=subprocess.STDOUT)

    def finish(name, log, process):
        status = process.wait()
        log.seek(0)
        text = log.read()
        log.close()
        return status, text

    shards = job_of(SHARDS_MANIFEST)
    spec = shards["spec"]
    if spec.get("completionMode") != "Indexed":
        failures.append("panel-shards.yaml: the Job is not Indexed")
    completions, parallelism = spec["completions"], spec.get("parallelism", 1)
    _, shard_env = pod_script(shards, volume, "")
    if shard_env.get("SHARDS") != str(completions):
        failures.append(f"panel-shards.yaml: SHARDS={shard_env.get('SHARDS')} but completions={completions}")
    # The Job controller asks for `parallelism` pods at once, each index once; the scheduler places as many
    # as this one node's CPUs fit at the pod's CPU request (one at a time on 2 CPUs for a request of "2").
    request = shards["spec"]["template"]["spec"]["containers"][0].get("resources", {}).get("requests", {})
    cpus = float(str(request.get("cpu", "1")).rstrip("m")) / (1000 if str(request.get("cpu", "")).endswith("m") else 1)
    parallelism = max(1, min(parallelism, int((os.cpu_count() or 1) // max(cpus, 0.001))))
    print(f"== {completions} pods, {parallelism} at a time on this node's {os.cpu_count()} CPUs", flush=True)
    waiting = list(range(completions))
    while waiting:
        batch = [pod(shards, index) for index in waiting[:parallelism]]
        waiting = waiting[parallelism:]
        for name, log, process in batch:
            status, text = finish(name, log, process)
            print(f"== pod {name}: exit {status}", flush=True)
            if status != 0:
                failures.append(f"pod {name} exited {status}:\n{text}")
    packets = sorted(os.listdir(volume))
    expected = [f"shard-{index + 1}" for index in range(completions)]
    if packets != expected:
        failures.append(f"the volume holds {packets}, expected {expected}")

    merge = job_of(MERGE_MANIFEST)
    status, text = finish(*pod(merge, None))
    print(f"== pod {merge['metadata']['name']}: exit {status}", flush=True)
    one = outcome(unsharded)
    # The merge Job fails (exit 1) on NO_HIRE or HOLD, as `panel merge` and `panel loop` do.
    wanted = 0 if one.startswith("HIRE ") else 1
    if status != wanted:
        failures.append(f"the merge pod exited {status}, expected {wanted} for {one}:\n{text}")
    candidates = merge["spec"]["template"]["spec"]["containers"][0]["env"]
    candidate = next(variable["value"] for variable in candidates if variable["name"] == "CANDIDATES")
    merged_json = os.path.join(volume, "reports", os.path.basename(candidate.split()[0]), "loop.json")
    if os.path.exists(merged_json):
        merged = outcome(merged_json)
        if merged != one:
            failures.append(f"one run gave {one}, the merged pods {merged}")
        if "Decision" not in text and "decision" not in text:
            failures.append(f"the merge pod's log does not show the scorecard:\n{text}")
    else:
        failures.append(f"the merge pod wrote no {merged_json}:\n{text}")

    if failures:
        for failure in failures:
            print("!! " + failure)
        return 1
    print(f"== {candidate}: {completions} pods of the Indexed Job, merged by the merge Job, give what one run gave: {one}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
