#!/usr/bin/env python3
"""Record a REAL OpenAI Agents SDK trace export, offline.

The agents run under the real `openai-agents` SDK (its runner, handoffs, guardrails, function
tools and tracing). Only the model is scripted: a `Model` subclass returns fixed responses, and,
as the SDK's own Chat Completions model does, records each call in a `generation_span` with its
input, output, model name and usage. A `TracingProcessor` collects `Trace.export()` and
`Span.export()` dicts, the records the SDK's `BackendSpanExporter` would send, and writes them as
JSON Lines (one record per line) to the path given.

Usage: python -m venv v && v/bin/pip install openai-agents==0.24.0
       v/bin/python scripts/agents_sdk_export.py OUT.jsonl
"""
import asyncio
import json
import sys

from agents import (Agent, GuardrailFunctionOutput, ModelResponse, RunConfig, Runner, Usage, function_tool,
                    input_guardrail, set_trace_processors)
from agents.models.interface import Model
from agents.tracing import TracingProcessor, generation_span
from openai.types.responses import ResponseFunctionToolCall, ResponseOutputMessage, ResponseOutputText

RECORDS = []


class Collector(TracingProcessor):
    def on_trace_start(self, trace):
        pass

    def on_trace_end(self, trace):
        RECORDS.append(trace.export())

    def on_span_start(self, span):
        pass

    def on_span_end(self, span):
        RECORDS.append(span.export())

    def shutdown(self):
        pass

    def force_flush(self):
        pass


@function_tool
def get_weather(city: str) -> str:
    """Get the current weather for a city."""
    if city == "Atlantis":
        raise ValueError("no weather station in Atlantis")
    return f"The weather in {city} is sunny, 24°C."


def tool_call(call_id, name, arguments):
    return ResponseFunctionToolCall(type="function_call", call_id=call_id, name=name,
                                    arguments=json.dumps(arguments), id=f"fc_{call_id}")


def message(text):
    return ResponseOutputMessage(type="message", id="msg_1", role="assistant", status="completed",
                                 content=[ResponseOutputText(type="output_text", text=text, annotations=[])])


class ScriptedModel(Model):
    """Returns the next scripted response; records a generation span like the SDK's own models."""

    def __init__(self, name, script):
        self.name = name
        self.script = list(script)

    async def get_response(self, system_instructions, input, model_settings, tools, output_schema, handoffs, tracing,
                           *, previous_response_id=None, conversation_id=None, prompt=None):
        items, input_tokens, output_tokens = self.script.pop(0)
        chat_output = []
        for item in items:
            if item.type == "function_call":
                chat_output.append({"role": "assistant", "content": None, "tool_calls": [
                    {"id": item.call_id, "type": "function", "function": {"name": item.name, "arguments": item.arguments}}]})
            else:
                chat_output.append({"role": "assistant", "content": item.content[0].text})
        chat_input = [{"role": "system", "content": system_instructions}] if system_instructions else []
        chat_input += [{"role": "user", "content": input}] if isinstance(input, str) else [dict(i) for i in input if isinstance(i, dict)]
        with generation_span(model=self.name, model_config={"temperature": 0.0}, disabled=tracing.is_disabled()) as span:
            span.span_data.input = chat_input
            span.span_data.output = chat_output
            span.span_data.usage = {"input_tokens": input_tokens, "output_tokens": output_tokens}
        return ModelResponse(output=items, usage=Usage(requests=1, input_tokens=input_tokens, output_tokens=output_tokens,
                                                       total_tokens=input_tokens + output_tokens), response_id=None)

    def stream_response(self, *args, **kwargs):
        raise NotImplementedError("streaming is not used here")


@input_guardrail
async def no_secrets(context, agent, user_input):
    text = user_input if isinstance(user_input, str) else json.dumps(user_input)
    return GuardrailFunctionOutput(output_info={"checked": True}, tripwire_triggered="password" in text.lower())


async def main(path):
    set_trace_processors([Collector()])
    weather = Agent(name="Weather agent", instructions="Answer weather questions with the get_weather tool.",
                    tools=[get_weather],
                    model=ScriptedModel("gpt-4o-2024-08-06", [
                        ([tool_call("call_w1", "get_weather", {"city": "Atlantis"})], 310, 18),
                        ([tool_call("call_w2", "get_weather", {"city": "Tokyo"})], 362, 17),
                        ([message("It is sunny and 24°C in Tokyo.")], 401, 12),
                    ]))
    triage = Agent(name="Triage agent", instructions="Route the user to the right agent.", handoffs=[weather],
                   input_guardrails=[no_secrets],
                   model=ScriptedModel("gpt-4o-mini-2024-07-18", [
                       ([tool_call("call_t1", "transfer_to_weather_agent", {})], 220, 11),
                   ]))
    result = await Runner.run(triage, "What's the weather in Tokyo?",
                              run_config=RunConfig(workflow_name="weather desk", trace_metadata={"case_id": "weather-tokyo"}))
    print(result.final_output, file=sys.stderr)
    with open(path, "w") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
