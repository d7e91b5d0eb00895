import Testing
@testable import TraceEval
import Yams

/// The loader types plain scalars itself (Yams' regex resolver was most of the load time); it
/// must agree with Yams' default resolver, the YAML 1.1 rules, on every string.
@Suite struct PlainScalarTests {
    /// The short name Yams' default resolver gives a plain scalar.
    static func yams(_ text: String) -> String {
        let name = Resolver.default.resolveTag(of: Node(text)).rawValue
        let short = String(name.split(separator: ":").last ?? "")
        return ["merge", "value"].contains(short) ? "str" : short
    }

    @Test("hand-picked scalars type as Yams' default resolver types them", arguments: [
        "", "~", "null", "Null", "NULL", "nul", "yes", "No", "ON", "off", "True", "tRUE", "0", "-0", "+12", "1_000", "0b1010",
        "0o17", "017", "019", "0x1F", "0x", "0b", "-0x_", "190:20:30", "1:60", "1:5", "01:20", "1.5", "-1.", ".5", ".5e+3", ".5e3",
        "1e5", "1E-5", "1.2.3", "6.8523015e+5", "685_230.15", "190:20:30.15", "1:2.", ".inf", "-.Inf", "+.INF", ".nan", "-.nan",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z", "2002-12-14",
        "2001-1-1 1:02:03", "2001-01-01T1:2:03", "2001-12-14 21:59:43.10 Z", "2001-12-14 21:59", "<<", "=", "case-0", "r1",
        "get_report", "cluster-a", "1-2", "+", "-", ".", "_", "1__", "_1", "0_7", "1:", ":1",
    ])
    func handPicked(_ text: String) {
        #expect(PlainScalar.type(of: text) == Self.yams(text), "\(text)")
    }

    @Test("200,000 random strings over the characters that matter type as Yams types them")
    func random() {
        let alphabet = Array("0123456789+-._:eExobTtZ acfinNaluY~01234")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) + 1
            var text = ""
            var bits = state
            for _ in 0..<length {
                bits = bits &* 2_862_933_555_777_941_757 &+ 3_037_000_493
                text.append(alphabet[Int(bits >> 58) % alphabet.count])
            }
            if PlainScalar.type(of: text) != Self.yams(text) { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).map { "'\($0)' ours \(PlainScalar.type(of: $0)) yams \(Self.yams($0))" })")
    }
}
