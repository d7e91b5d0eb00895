/// Constants shared by the scenarios.
enum Demo {
    /// 2026-03-02T09:00:00Z in nanoseconds: every generated trace starts after it.
    static let epoch: Int64 = 1_772_442_000_000_000_000
    /// The seed of every random choice.
    static let seed: UInt64 = 20_260_302
}
