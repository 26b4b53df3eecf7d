/**
 * The inline style sheet and script of the HTML report (no network: everything is in the one
 * file). The script only toggles classes: severity and check filters, "pairs with findings
 * only", and the marks of a finding lit up when the finding is hovered or clicked.
 */

export const HTML_STYLE = `
:root { --error: #ffb4b4; --warning: #ffe28c; --info: #c4e1ff; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang HK",
  "Microsoft JhengHei", sans-serif; color: #1d1d1d; background: #fafafa; }
header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line);
  padding: 10px 16px; }
h1 { font-size: 17px; margin: 0 0 4px; }
.summary { margin: 0 0 6px; }
.controls label { margin-right: 12px; white-space: nowrap; cursor: pointer; }
.checks { margin-top: 4px; }
.checks label { font-size: 12px; }
.warnings { color: #8a5300; margin: 6px 0 0; padding-left: 18px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; background: #fff; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
th { background: #f0f0f0; position: sticky; top: var(--head, 0); }
col.id { width: 4em; } col.fl { width: 26%; }
td.text { white-space: pre-wrap; word-break: break-word; }
td.id { color: #777; font-size: 12px; }
td.empty { color: #aaa; font-style: italic; }
mark.hl { background: var(--info); border-radius: 2px; padding: 0 1px; }
mark.hl.sev-warning { background: var(--warning); }
mark.hl.sev-error { background: var(--error); }
mark.hl.point { padding: 0 2px; font-weight: bold; color: #b00; }
mark.hl.active { outline: 2px solid #333; }
ol.findings { margin: 0; padding-left: 1.3em; }
li.finding { margin-bottom: 4px; cursor: pointer; }
li.finding.active { background: #f2f2f2; }
.sev { font-weight: 600; font-size: 11px; text-transform: uppercase; padding: 0 4px; border-radius: 3px; }
.sev-error > .sev, .sev.sev-error { background: var(--error); }
.sev-warning > .sev, .sev.sev-warning { background: var(--warning); }
.sev-info > .sev, .sev.sev-info { background: var(--info); }
.check { color: #555; font-size: 12px; }
code.hash { color: #888; font-size: 11px; user-select: all; }
body.hide-error li.sev-error, body.hide-warning li.sev-warning, body.hide-info li.sev-info { display: none; }
body.only-findings tr.pair:not(.has-findings) { display: none; }
li.finding.check-hidden { display: none; }
`;

export const HTML_SCRIPT = `
(function () {
  var body = document.body;
  function marksOf(id) { return document.querySelectorAll('mark[data-f~="' + id + '"]'); }
  document.querySelectorAll('input[data-severity]').forEach(function (box) {
    box.addEventListener('change', function () {
      body.classList.toggle('hide-' + box.getAttribute('data-severity'), !box.checked);
    });
  });
  document.querySelectorAll('input[data-check]').forEach(function (box) {
    box.addEventListener('change', function () {
      var name = box.getAttribute('data-check');
      document.querySelectorAll('li.finding[data-check="' + name + '"]').forEach(function (li) {
        li.classList.toggle('check-hidden', !box.checked);
      });
    });
  });
  var only = document.getElementById('only-findings');
  if (only) only.addEventListener('change', function () { body.classList.toggle('only-findings', only.checked); });
  function light(li, on) {
    li.classList.toggle('active', on);
    marksOf(li.getAttribute('data-f')).forEach(function (m) { m.classList.toggle('active', on); });
  }
  document.querySelectorAll('li.finding').forEach(function (li) {
    li.addEventListener('mouseenter', function () { light(li, true); });
    li.addEventListener('mouseleave', function () { light(li, false); });
    li.addEventListener('click', function () {
      var m = marksOf(li.getAttribute('data-f'))[0];
      if (m) m.scrollIntoView({ block: 'center' });
    });
  });
  var head = document.querySelector('header');
  if (head) document.documentElement.style.setProperty('--head', head.offsetHeight + 'px');
})();
`;
