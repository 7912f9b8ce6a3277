#!/usr/bin/env python3
"""Writes a bash script that runs the shell steps of CI/github/workflows/mock-loop.yml, with its local
composite action (CI/action/action.yml) expanded, in order, as a GitHub runner would: each `run:` through
`bash --noprofile --norc -eo pipefail`, its `env:` with the `${{ }}` expressions resolved (inputs, step
outputs read from each step's GITHUB_OUTPUT file at run time), a failing step skipping the later ones but
those with `if: always()`. Steps that use other actions (checkout, upload-artifact) are not run: the script
prints what they would have done. Used by the ci-runner cell of .ci/host-cells.

    ci-jobs.py --gitlab GITLAB_CI_YML JOB KEY=VALUE... > job.sh

writes the GitLab job's script instead: its variables (KEY=VALUE last) and script lines.

    ci-jobs.py REPOSITORY WORKFLOW JOB KEY=VALUE... > job.sh
        (REPOSITORY: the checkout `uses: ./…` is relative to; KEY=VALUE: the workflow_dispatch inputs;
         action.KEY=VALUE: an input of the composite action the workflow leaves at its default)

Expressions it understands are the ones the templates use: inputs.X, steps.ID.outputs.X, 'literals',
`a || b`, `a == b`, `a != b`, `a && b`, always(); anything else is an error, so a template that starts using
more fails here instead of being run wrongly.
"""
import os
import re
import shlex
import sys

try:
    from ruamel.yaml import YAML

    def parse(handle):
        return YAML(typ="safe").load(handle)

except ImportError:  # PyYAML, where the venv of .ci/ci-templates.sh is not there
    import yaml

    def parse(handle):
        return yaml.safe_load(handle)


# action.NAME=VALUE arguments: inputs of the composite action the workflow does not set (swift-version).
ACTION_INPUTS = {}


def load(path):
    with open(path) as handle:
        return parse(handle)


EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
TOKEN = re.compile(r"\s*(\|\||&&|==|!=|'[^']*'|[A-Za-z_][A-Za-z0-9_.-]*\(\)|[A-Za-z_][A-Za-z0-9_.-]*)")


class Scope:
    """Where a step's expressions look things up: the inputs of the workflow or of the action, and the step
    ids of the job or of the composite action (prefixed so that they do not collide)."""

    def __init__(self, inputs, prefix):
        self.inputs = inputs  # name -> a shell word
        self.prefix = prefix

    def shell(self, expression):
        """A shell word that yields the expression's value at run time."""
        tokens = TOKEN.findall(expression)
        if "".join(tokens).replace(" ", "") != expression.replace(" ", ""):
            raise SystemExit(f"ci-jobs: cannot read the expression {expression!r}")
        return self.parse_or(tokens)

    def parse_or(self, tokens):
        left = self.parse_compare(tokens)
        while tokens and tokens[0].strip() == "||":
            tokens.pop(0)
            right = self.parse_compare(tokens)
            left = f'"$(v={left}; [ -n "$v" ] && printf %s "$v" || printf %s {right})"'
        return left

    def parse_compare(self, tokens):
        left = self.atom(tokens.pop(0).strip())
        if tokens and tokens[0].strip() in ("==", "!="):
            operator = tokens.pop(0).strip()
            right = self.atom(tokens.pop(0).strip())
            test = "=" if operator == "==" else "!="
            left = f'"$([ {left} {test} {right} ] && printf true || printf false)"'
        while tokens and tokens[0].strip() == "&&":
            tokens.pop(0)
            right = self.parse_compare(tokens)
            left = f'"$([ {left} = true ] && [ {right} = true ] && printf true || printf false)"'
        return left

    def atom(self, token):
        if token.startswith("'"):
            return shlex.quote(token[1:-1])
        if token == "always()":
            return "always"
        parts = token.split(".")
        if parts[0] == "inputs" and len(parts) == 2:
            return self.inputs.get(parts[1], "''")
        if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
            return f'"$(output {self.prefix}{parts[1]} {parts[3]})"'
        raise SystemExit(f"ci-jobs: unknown name {token!r}")

    def value(self, text):
        """A shell word for a YAML value that may hold ${{ }} expressions."""
        text = str(text).lower() if isinstance(text, bool) else str(text)
        pieces = []
        position = 0
        for match in EXPRESSION.finditer(text):
            pieces.append(shlex.quote(text[position : match.start()]))
            pieces.append(self.shell(match.group(1)))
            position = match.end()
        pieces.append(shlex.quote(text[position:]))
        return "".join(piece for piece in pieces if piece != "''") or "''"


def condition(scope, text):
    """A shell test for a step's `if:`; steps run only while the job succeeds unless the test says always()."""
    if text is None:
        return "[ $failed = 0 ]", False
    text = str(text).strip()
    text = EXPRESSION.sub(lambda match: match.group(1), text)
    if text == "always()":
        return "true", True
    return f'[ $failed = 0 ] && [ {scope.shell(text)} = true ]', False


def emit_steps(lines, steps, scope, action_root, depth=0):
    for index, step in enumerate(steps):
        name = step.get("name") or step.get("uses") or f"step {index + 1}"
        step_id = scope.prefix + str(step.get("id", f"_{index}"))
        test, _ = condition(scope, step.get("if"))
        if "uses" in step and step["uses"].startswith("./"):
            action_dir = os.path.normpath(os.path.join(action_root, step["uses"]))
            action = load(os.path.join(action_dir, "action.yml"))
            # The action's inputs: the `with:` values, read at run time into shell variables, else defaults.
            lines.append(f"# {name}: the composite action {step['uses']}")
            lines.append(f"action_path={shlex.quote(action_dir)}")
            inputs = {}
            for key, spec in action.get("inputs", {}).items():
                variable = "input_" + re.sub(r"[^A-Za-z0-9_]", "_", key)
                given = (step.get("with") or {}).get(key, ACTION_INPUTS.get(key))
                word = scope.value(given) if given is not None else shlex.quote(str(spec.get("default", "")))
                lines.append(f"{variable}={word}")
                inputs[key] = f'"${variable}"'
            inner = Scope(inputs, step_id + "__")
            emit_steps(lines, action["runs"]["steps"], inner, action_dir, depth + 1)
            # The action's outputs, as the job's later steps read them.
            outputs = action.get("outputs", {})
            lines.append(f': >"$outputs/{step_id}"')
            for key, spec in outputs.items():
                lines.append(f'printf "%s=%s\\n" {shlex.quote(key)} {inner.value(spec["value"])} >>"$outputs/{step_id}"')
            continue
        if "uses" in step:
            withs = " ".join(f"{key}={scope.value(value)}" for key, value in (step.get("with") or {}).items())
            lines.append(f"if {test}; then")
            lines.append(f"    echo {shlex.quote('== not run (an action): ' + name + ' (' + step['uses'] + ')')}")
            lines.append(f"    uses {shlex.quote(step['uses'])} {withs}")
            lines.append("fi")
            continue
        lines.append(f"if {test}; then")
        lines.append(f"    echo {shlex.quote('== step: ' + name)}")
        lines.append(f'    : >"$outputs/{step_id}"')
        environment = " ".join(f"{key}={scope.value(value)}" for key, value in (step.get("env") or {}).items())
        script = step["run"]
        lines.append(f"    cat >\"$outputs/{step_id}.sh\" <<'PANEL_STEP_EOF'\n{script}\nPANEL_STEP_EOF")
        action_env = "GITHUB_ACTION_PATH=\"$action_path\" " if depth else ""
        lines.append(
            f'    {action_env}GITHUB_OUTPUT="$outputs/{step_id}" env {environment} '
            f'bash --noprofile --norc -eo pipefail "$outputs/{step_id}.sh" || {{ echo "== step failed: exit $?"; failed=1; }}')
        lines.append("fi")


def gitlab(path, job_name, pairs):
    """The GitLab job's variables (the file's, then the job's, then KEY=VALUE) and its script lines, each
    stopping the job when it fails, as GitLab's shell does; GitLab expands $NAME in variables too."""
    document = load(path)
    job = document[job_name]
    lines = ["#!/usr/bin/env bash", f"# The script of {path}, job {job_name}, written by .ci/ci-jobs.py.", "set -eo pipefail"]
    variables = dict(document.get("variables") or {})
    variables.update(job.get("variables") or {})
    variables.update(dict(pair.split("=", 1) for pair in pairs))
    for name, value in variables.items():
        value = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
        lines.append(f'export {name}="{value}"')
    for line in job["script"]:
        lines.append(f"echo {shlex.quote('$ ' + line.splitlines()[0])}")
        lines.append(line)
    print("\n".join(lines))


def main():
    if sys.argv[1] == "--gitlab":
        gitlab(sys.argv[2], sys.argv[3], sys.argv[4:])
        return
    root, workflow_path, job_name, *pairs = sys.argv[1:]
    inputs = dict(pair.split("=", 1) for pair in pairs if not pair.startswith("action."))
    ACTION_INPUTS.update(pair[len("action.") :].split("=", 1) for pair in pairs if pair.startswith("action."))
    workflow = load(workflow_path)
    dispatch = (workflow.get("on") or workflow.get(True) or {}).get("workflow_dispatch") or {}
    given = {name: inputs.get(name, spec.get("default", "")) for name, spec in (dispatch.get("inputs") or {}).items()}
    scope = Scope({name: shlex.quote(str(value)) for name, value in given.items()}, "")
    lines = [
        "#!/usr/bin/env bash",
        f"# The shell steps of {workflow_path}, job {job_name}, written by .ci/ci-jobs.py.",
        "set -u",
        'outputs=${RUNNER_TEMP:?}/step-outputs',
        'mkdir -p "$outputs"',
        "failed=0",
        'output() { sed -n "s/^$2=//p" "$outputs/$1" 2>/dev/null | tail -n 1; }',
        "uses() { echo \"   with: $*\"; }",
        "action_path=",
    ]
    emit_steps(lines, workflow["jobs"][job_name]["steps"], scope, root)
    lines.append('exit "$failed"')
    print("\n".join(lines))


main()
