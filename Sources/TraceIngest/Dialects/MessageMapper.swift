import TraceModel

/// Finds the first user message a span saw and the assistant text it produced, across dialects.
enum MessageMapper {
    /// The first user message in the span's input.
    static func userMessage(_ lookup: AttributeLookup) -> String? {
        if let user = lookup.inputMessages?.array.first(where: { MessageParts.role(of: $0) == "user" }),
           let text = MessageParts.text(of: user) {
            return text
        }
        for message in lookup.indexed("llm.input_messages.") {
            let fields = AttributeLookup(attributes: message.fields)
            guard fields.text("message.role")?.lowercased() == "user" else { continue }
            if let text = fields.text("message.content") ?? contentsText(fields) { return text }
        }
        for prompt in lookup.indexed("gen_ai.prompt.") {
            let fields = AttributeLookup(attributes: prompt.fields)
            guard fields.text("role")?.lowercased() == "user" else { continue }
            if let text = fields.first("content")?.stringValue { return text }
        }
        // Vercel AI SDK: ai.prompt.messages (a chat message list) on the model call, ai.prompt ({system, prompt | messages}) outside it.
        if let user = lookup.first("ai.prompt.messages").map(AttributeLookup.embeddedView)?.array
            .first(where: { MessageParts.role(of: $0) == "user" }), let text = MessageParts.text(of: user) {
            return text
        }
        if let prompt = lookup.first("ai.prompt").map(AttributeLookup.embeddedView) {
            if let text = prompt["prompt"].string { return text }
            if let user = prompt["messages"].array.first(where: { MessageParts.role(of: $0) == "user" }) {
                return MessageParts.text(of: user)
            }
        }
        return nil
    }

    /// The assistant text of the span's output.
    static func outputText(_ lookup: AttributeLookup) -> String? {
        if let items = lookup.outputMessages?.array {
            let texts = items.filter { (MessageParts.role(of: $0) ?? "assistant") == "assistant" }.compactMap(MessageParts.text)
            if !texts.isEmpty { return texts.joined(separator: "\n") }
        }
        for message in lookup.indexed("llm.output_messages.") {
            let fields = AttributeLookup(attributes: message.fields)
            if let text = fields.text("message.content") ?? contentsText(fields) { return text }
        }
        for completion in lookup.indexed("gen_ai.completion.") {
            if let text = completion.fields["content"]?.stringValue, !text.hasPrefix("[{") { return text }
        }
        return nil
    }

    /// The finish reason carried inside output messages or legacy completion keys.
    static func finishReason(_ lookup: AttributeLookup) -> String? {
        if let reason = lookup.outputMessages?.array.lazy.compactMap(MessageParts.finishReason).first {
            return reason
        }
        return lookup.text("gen_ai.completion.0.finish_reason")
    }

    private static func contentsText(_ fields: AttributeLookup) -> String? {
        let texts = fields.indexed("message.contents.").compactMap { $0.fields["message_content.text"]?.stringValue }
        return texts.isEmpty ? nil : texts.joined(separator: "\n")
    }
}
