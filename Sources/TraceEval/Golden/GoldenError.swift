/// Why a golden dataset (or gate config) is invalid: names the file, line, case and field.
public struct GoldenError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The case id, when the fault is inside a case.
    public var caseId: String?
    /// The dotted path of the field at fault (`cases[3].expected.tools[0]`).
    public var field: String
    /// What is wrong and what is allowed.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int?, caseId: String? = nil, field: String, message: String) {
        self.file = file
        self.line = line
        self.caseId = caseId
        self.field = field
        self.message = message
    }

    /// `file:line: case 'id': field 'path': message`.
    public var description: String {
        var text = file + (line.map { ":\($0)" } ?? "") + ": "
        if let caseId { text += "case '\(caseId)': " }
        return text + "field '\(field)': \(message)"
    }
}
