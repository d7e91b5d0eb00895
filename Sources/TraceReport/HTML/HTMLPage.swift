/// The shell of every tracegate HTML report: one self-contained file with inline CSS and a small
/// inline script (table sorting and filtering, trajectory toggles). No network fetches.
enum HTMLPage {
    static func render(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '\(scriptHash)'; img-src data:">
        <title>\(HTMLText.escape(title))</title>
        <style>\(css)</style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        <script>\(script)</script>
        </body>
        </html>

        """
    }

    /// The CSP source for the one inline script: its SHA-256, so no other script can run even if
    /// escaping ever failed.
    static let scriptHash = "sha256-" + SHA256.base64(SHA256.digest(Array(script.utf8)))

    static let css = """
        :root{--fg:#1b1f24;--muted:#5b6470;--line:#d8dee4;--ok:#1a7f37;--warn:#9a6700;--bad:#cf222e;--a:#3b6fd8;--b:#d8783b;--bg:#fff;--soft:#f6f8fa}
        *{box-sizing:border-box}body{margin:0;font:14px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
        main{max-width:1200px;margin:0 auto;padding:16px}h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
        h3{font-size:15px;margin:18px 0 6px}.muted{color:var(--muted)}
        .banner{border-radius:8px;padding:12px 16px;margin:8px 0 16px;border:1px solid var(--line);background:var(--soft)}
        .banner.pass{border-color:var(--ok)}.banner.warn{border-color:var(--warn)}.banner.fail{border-color:var(--bad);background:#fff5f5}
        .banner strong{font-size:16px}.kpis{display:flex;flex-wrap:wrap;gap:16px;margin-top:6px}.kpi{min-width:120px}.kpi b{display:block;font-size:18px}
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}
        th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}th{background:var(--soft);position:sticky;top:0}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        th.sortable{cursor:pointer}th.sortable:after{content:" ↕";color:var(--muted)}
        .pill{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;border:1px solid var(--line)}
        .pill.pass,.pill.matched{color:var(--ok);border-color:var(--ok)}.pill.fail,.pill.missing{color:var(--bad);border-color:var(--bad)}
        .pill.warn,.pill.extra,.pill.order,.pill.args{color:var(--warn);border-color:var(--warn)}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:12px}figure{margin:0}
        .chart{width:100%;height:auto;max-width:640px}.chart .label,.chart .value,.chart .tick{font-size:14px;fill:var(--fg)}
        .chart .bar.a{fill:var(--a)}.chart .bar.b{fill:var(--b)}.chart .whisker{stroke:var(--fg);stroke-width:1.2;fill:none}.chart .axis{stroke:var(--line)}
        details.case{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:4px 10px}details.case summary{cursor:pointer}
        h1,h2,h3,li,p{overflow-wrap:anywhere}td,th{overflow-wrap:break-word}.cut{cursor:help;border-bottom:1px dotted var(--muted)}
        td.id{white-space:nowrap}.pill{white-space:nowrap}
        code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;word-break:break-all}
        input[type=search]{width:100%;max-width:420px;padding:6px 8px;border:1px solid var(--line);border-radius:6px;margin:4px 0}
        @media (max-width:640px){.charts{grid-template-columns:1fr}main{padding:8px}.kpi{min-width:90px}td,th{padding:4px}}
        @media print{input[type=search]{display:none}details.case{break-inside:avoid}details.case>*{display:block}th{position:static}.banner{border-width:2px}}
        """

    static let script = """
        (function(){
          document.querySelectorAll('table.sortable').forEach(function(table){
            table.querySelectorAll('th').forEach(function(th, column){
              th.classList.add('sortable');
              th.addEventListener('click', function(){
                var body = table.tBodies[0]; var rows = Array.prototype.slice.call(body.rows);
                var ascending = th.getAttribute('data-order') !== 'asc';
                rows.sort(function(a, b){
                  var x = a.cells[column].getAttribute('data-sort') || a.cells[column].textContent;
                  var y = b.cells[column].getAttribute('data-sort') || b.cells[column].textContent;
                  var nx = parseFloat(x), ny = parseFloat(y);
                  var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
                  return ascending ? order : -order;
                });
                rows.forEach(function(row){ body.appendChild(row); });
                th.setAttribute('data-order', ascending ? 'asc' : 'desc');
              });
            });
          });
          document.querySelectorAll('input[data-filter]').forEach(function(input){
            var table = document.getElementById(input.getAttribute('data-filter'));
            input.addEventListener('input', function(){
              var needle = input.value.toLowerCase();
              Array.prototype.forEach.call(table.tBodies[0].rows, function(row){
                row.style.display = row.textContent.toLowerCase().indexOf(needle) >= 0 ? '' : 'none';
              });
            });
          });
          document.body.setAttribute('data-ready', '1');
        })();
        """
}
