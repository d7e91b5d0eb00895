/// Collapses retry chains into logical calls (EVALUATORS.md, shared machinery).
///
/// A call is a retry when it has the same name and canonical arguments as the immediately
/// preceding call *to that tool*, and that call failed. A chain counts as one logical call whose
/// status is its last attempt's and whose position is its first's.
public enum RetryCollapser {
    /// The logical calls and the number of retries folded into them.
    public static func collapse(_ calls: [ActualCall]) -> (calls: [ActualCall], retries: Int) {
        var logical: [ActualCall] = []
        var lastByTool: [String: Int] = [:]
        var retries = 0
        for call in calls {
            if let previous = lastByTool[call.name], !logical[previous].succeeded,
               logical[previous].canonicalArguments == call.canonicalArguments {
                logical[previous].succeeded = call.succeeded
                logical[previous].spanId = call.spanId
                logical[previous].attempts += 1
                retries += 1
                continue
            }
            lastByTool[call.name] = logical.count
            logical.append(call)
        }
        return (logical, retries)
    }
}
