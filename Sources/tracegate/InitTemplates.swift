/// The files `tracegate init` writes.
enum InitTemplates {
    static let golden = """
        # A golden dataset: what a good run of your agent does, case by case (docs/golden-format.md).
        version: 1
        name: my-agent                 # baselines name the dataset they were made against
        defaults:
          trajectory_mode: in_order    # exact | in_order | unordered | contains_expected | within_expected
          args_match: superset         # superset | exact | subset | ignore
        tools:                         # the tool catalog (optional); side effects are watched by policy_compliance
          lookup_order: {}
          refund_order: {side_effect: true, requires_approval: true}
        cases:
          - id: order-status-1         # a trace links to this case by tracegate.case_id (or by the query below)
            query: "Where is my order A-1187?"
            route: support             # cases of one route are gated together
            expected:
              tools: [lookup_order: {order_id: A-1187}]
              trajectory: {steps: [lookup_order: {order_id: A-1187}]}
              forbidden_tools: [refund_order]
              outcome: {answer_contains: [A-1187]}
              budgets: {max_llm_calls: 4}
          - id: refund-1
            query: "Refund order A-2001, it arrived broken."
            route: support
            critical: true             # going from pass to fail fails the gate on its own
            expected:
              tools: [lookup_order: {order_id: A-2001}, refund_order: {order_id: A-2001, reason: {optional: {regex: "(?i)broken|damaged"}}}]
              trajectory: {mode: in_order, steps: [lookup_order, refund_order], must_precede: [[lookup_order, refund_order]]}
              outcome: {must_communicate: [refund]}

        """

    static let workflow = """
        # Gate every pull request on the agent's golden dataset (docs/ci.md).
        name: tracegate
        on: pull_request
        jobs:
          gate:
            runs-on: ubuntu-latest
            container: swift:6.2
            steps:
              - uses: actions/checkout@v4
              - run: apt-get update && apt-get install -y libsqlite3-dev libsimdjson-dev
              - run: ./run-agent-on-golden.sh > traces.jsonl      # your agent, exporting its traces
              - run: tracegate ingest traces.jsonl --run pr        # with tracegate built or installed on the runner
              - run: >
                  tracegate gate --candidate pr --baseline-file golden/baseline.json
                  --golden golden/golden.yaml --config golden/tracegate.yaml --junit gate.xml

        """
}
