import Foundation

/// The validators' own test data (2023-07, BAPCtools): every input under `data/invalid_input/` must be
/// rejected by an input validator; every `.out` under `data/invalid_output/` rejected and under
/// `data/valid_output/` accepted by the output validator, with its `.in` and `.ans` beside it.
enum InvalidData {
    /// What is wrong: one line per case a validator judged against its folder's promise.
    static func check(_ problem: ProblemPackage, judge: Judge) throws(JudgeSetupError) -> [String] {
        let data = problem.directory.appendingPathComponent("data")
        let invalidInputs = files(under: data.appendingPathComponent("invalid_input"), ending: "in")
        let outputs = [("invalid_output", false), ("valid_output", true)].flatMap { folder, valid in
            files(under: data.appendingPathComponent(folder), ending: "out").map { ($0, valid) }
        }
        guard !invalidInputs.isEmpty || !outputs.isEmpty else { return [] }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-invalid-\(UUID().uuidString)")
        do {
            try TemporaryFolders.make(scratch)
        } catch {
            throw .panel(error)
        }
        defer { TemporaryFolders.remove(scratch) }
        var problems: [String] = []

        if !invalidInputs.isEmpty {
            let (validators, _, _) = try InputValidation.build(problem, judge: judge, scratch: scratch)
            for input in invalidInputs where !validators.isEmpty {
                // Its folders' `input_validator_args` (BAPCtools' `invalid_input/sorted` passes `--sorted`).
                let settings = try Self.settings(of: input, data: data, problem: problem)
                var rejected = false
                for validator in validators where !rejected {
                    rejected =
                        try InputValidation.verdict(
                            validator, input: input, arguments: settings.input.arguments(for: validator.name),
                            problem: problem, judge: judge, scratch: scratch)
                        != nil
                }
                if !rejected {
                    problems.append("\(relative(input, data)): every input validator accepts this invalid input")
                }
            }
        }

        guard !outputs.isEmpty else { return problems }
        let validator: OutputValidator
        do {
            validator = try ValidatorBuilder.build(
                problem.outputValidator, problem: problem, judge: judge, scratch: scratch)
        } catch .validatorBroken(let reason) {
            return problems + ["the output validator cannot check data/*_output: \(reason)"]
        }
        for (output, valid) in outputs {
            let stem = output.deletingPathExtension()
            // problem.yaml's arguments, then its folders' `output_validator_args` (a float tolerance).
            let settings = try Self.settings(of: output, data: data, problem: problem)
            let stated: [TestCase.ArgumentSource] =
                problem.metadata.validatorArguments.isEmpty
                ? []
                : [
                    .init(
                        file: "problem.yaml", field: "output_validator_args",
                        arguments: problem.metadata.validatorArguments)
                ]
            let testCase = TestCase(
                name: relative(stem, data), group: "", input: stem.appendingPathExtension("in"),
                answer: stem.appendingPathExtension("ans"), hint: nil, description: nil,
                validatorArgumentSources: stated + (settings.output.map { [$0] } ?? []))
            let outcome: ValidatorOutcome
            do {
                outcome = try validator.judge(
                    output: output, testCase: testCase, sandbox: judge.sandbox, limits: problem.metadata.limits,
                    scratch: scratch.appendingPathComponent("output-validator"))
            } catch {
                throw .panel(error)
            }
            let expected: Verdict = valid ? .AC : .WA
            if outcome.verdict != expected {
                problems.append(
                    "\(relative(output, data)): the output validator says \(outcome.verdict.rawValue), expected "
                        + "\(expected.rawValue)" + (outcome.message.isEmpty ? "" : " (\(outcome.message))"))
            }
        }
        return problems
    }

    /// The `test_group.yaml` settings that apply to `file`, a spec error being Panel's to report.
    private static func settings(of file: URL, data: URL, problem: ProblemPackage) throws(JudgeSetupError)
        -> TestDataScanner.GroupArguments
    {
        do {
            return try TestDataScanner.settings(of: file, data: data, constants: problem.metadata.constants)
        } catch {
            throw .spec(error)
        }
    }

    /// Files ending in `.ending` anywhere under `folder`, by path.
    static func files(under folder: URL, ending: String) -> [URL] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix("." + ending) }.sorted().map {
            folder.appendingPathComponent($0)
        }
    }

    private static func relative(_ url: URL, _ data: URL) -> String {
        "data/" + url.path.dropFirst(data.path.count + 1)
    }
}
