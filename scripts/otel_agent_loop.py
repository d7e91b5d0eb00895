#!/usr/bin/env python3
"""An instrumented LLM-led agent loop exporting its spans live, through the real OpenTelemetry
Python SDK and its OTLP/HTTP exporter (protobuf, gzip), with GenAI semantic-convention attributes:
invoke_agent, then chat and execute_tool spans per step, then a final chat with the answer. Only
the model is scripted (no network): each case's plan says which tools it calls and what it answers.
Used by tracegate's serve tests. Usage: otel_agent_loop.py ENDPOINT RUN"""
import json, sys, time
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http import Compression
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

endpoint, run = sys.argv[1], sys.argv[2]
PLANS = [
    {"case": "live-report", "query": "Give me the latest report for cluster-a.",
     "calls": [("get_report", {"entity": "cluster-a"}, '{"p95_latency_ms": 184}')],
     "answer": "cluster-a: p95 latency 184 ms, error rate 0.4 %."},
    {"case": "live-config", "query": "Is cluster-b configured right?",
     "calls": [("get_report", {"entity": "cluster-b"}, '{"p95_latency_ms": 90}')],
     "answer": "cluster-b looks fine."},
]
TOOLS = {"get_report": lambda args: "report", "check_config": lambda args: "config"}

provider = TracerProvider(resource=Resource({"service.name": "ops-agent"}))
provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint, compression=Compression.Gzip,
                                                                headers={"x-tracegate-run": run})))
tracer = provider.get_tracer("ops-agent-loop")

def chat(step, messages, tool_calls, answer):
    """One scripted model call, recorded as GenAI `chat` span."""
    with tracer.start_as_current_span("chat gpt-4o", kind=trace.SpanKind.CLIENT) as span:
        parts = [{"type": "tool_call", "id": f"call_{step}_{i}", "name": n, "arguments": a} for i, (n, a, _) in enumerate(tool_calls)]
        if answer: parts.append({"type": "text", "content": answer})
        span.set_attributes({
            "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o", "gen_ai.response.model": "gpt-4o-2024-08-06",
            "gen_ai.usage.input_tokens": 400 + 100 * step, "gen_ai.usage.output_tokens": 30,
            "gen_ai.response.finish_reasons": ["tool_calls" if tool_calls else "stop"],
            "gen_ai.input.messages": json.dumps(messages),
            "gen_ai.output.messages": json.dumps([{"role": "assistant", "parts": parts,
                                                   "finish_reason": "tool_calls" if tool_calls else "stop"}]),
        })
        time.sleep(0.001)

for plan in PLANS:
    with tracer.start_as_current_span("invoke_agent ops-assistant") as root:
        root.set_attributes({"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "ops-assistant",
                             "tracegate.case_id": plan["case"]})
        messages = [{"role": "user", "parts": [{"type": "text", "content": plan["query"]}]}]
        step = 1
        for name, args, result in plan["calls"]:
            chat(step, messages, [(name, args, result)], None)
            with tracer.start_as_current_span(f"execute_tool {name}", kind=trace.SpanKind.INTERNAL) as tool:
                tool.set_attributes({"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": name,
                                     "gen_ai.tool.call.id": f"call_{step}_0", "gen_ai.tool.call.arguments": json.dumps(args),
                                     "gen_ai.tool.call.result": TOOLS[name](args) + result})
            messages.append({"role": "tool", "parts": [{"type": "tool_call_response", "id": f"call_{step}_0", "response": result}]})
            step += 1
        chat(step, messages, [], plan["answer"])
provider.force_flush()
provider.shutdown()
print(len(PLANS))
