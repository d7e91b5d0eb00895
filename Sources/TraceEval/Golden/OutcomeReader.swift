import Foundation

/// Reads a case's `outcome` block.
enum OutcomeReader {
    static func read(_ reader: YAMLReader) throws(GoldenError) -> OutcomeSpec {
        let members = try reader.mapping(allowed: LoaderKeys.outcome)
        var outcome = OutcomeSpec()
        outcome.answerContains = try members["answer_contains"]?.strings() ?? []
        if let regex = members["answer_regex"], !regex.isNull {
            let compiled = GoldenRegex(try regex.string())
            guard compiled.isValid else { throw regex.error("'\(compiled.pattern)' is not a valid regular expression") }
            outcome.answerRegex = compiled
        }
        if let equals = members["answer_equals"], !equals.isNull { outcome.answerEquals = try equals.string() }
        if let number = members["answer_number"], !number.isNull {
            let fields = try number.mapping(allowed: LoaderKeys.number)
            guard let value = fields["value"] else { throw number.error("answer_number needs 'value'") }
            outcome.answerNumber = NumberTarget(value: try value.number(), abs: try fields["abs"]?.number() ?? 0,
                                                rel: try fields["rel"]?.number() ?? 0)
        }
        outcome.mustCommunicate = try members["must_communicate"]?.strings() ?? []
        if let actions = members["required_actions"] { outcome.requiredActions = try CaseReader.calls(actions) }
        if let recorded = members["recorded"] { outcome.recorded = try recorded.bool() }
        if let termination = members["termination"], !termination.isNull {
            let value = try termination.string()
            guard value == "normal" else { throw termination.error("unknown termination '\(value)'; allowed: normal") }
            outcome.termination = value
        }
        outcome.expectNoAction = try members["expect_no_action"]?.bool() ?? false
        return outcome
    }
}
