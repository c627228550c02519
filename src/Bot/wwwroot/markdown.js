// A small Markdown renderer for the assistant's answers: headings, bold, lists, tables and paragraphs.
// Everything is HTML-escaped first, so answer text can never inject markup.
(function (global) {
  'use strict';

  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function inline(text) {
    return escapeHtml(text)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      // Links: relative paths and http(s) only.
      .replace(/\[([^\]]+)\]\(((?:https?:\/\/|api\/)[^)\s]+)\)/g, '<a href="$2">$1</a>');
  }

  function cells(line) {
    return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map(function (c) {
      return c.trim().replace(/\\\|/g, '|');
    });
  }

  function table(lines) {
    var head = cells(lines[0]);
    var rows = lines.slice(2).map(cells);
    var html = '<div class="table"><table><thead><tr>' + head.map(function (h) { return '<th>' + inline(h) + '</th>'; }).join('') + '</tr></thead><tbody>';
    rows.forEach(function (r) { html += '<tr>' + r.map(function (c) { return '<td>' + inline(c) + '</td>'; }).join('') + '</tr>'; });
    return html + '</tbody></table></div>';
  }

  function render(markdown) {
    var lines = markdown.replace(/\r\n/g, '\n').split('\n');
    var html = [];
    var i = 0;
    while (i < lines.length) {
      var line = lines[i];
      if (/^\s*\|/.test(line) && i + 1 < lines.length && /^\s*\|\s*-{3}/.test(lines[i + 1])) {
        var block = [];
        while (i < lines.length && /^\s*\|/.test(lines[i])) { block.push(lines[i]); i++; }
        html.push(table(block));
        continue;
      }
      if (/^#{1,4}\s/.test(line)) {
        var level = line.match(/^#+/)[0].length + 1;
        html.push('<h' + level + '>' + inline(line.replace(/^#+\s*/, '')) + '</h' + level + '>');
        i++;
        continue;
      }
      if (/^\s*[-*]\s+/.test(line)) {
        var items = [];
        while (i < lines.length && /^\s*[-*]\s+/.test(lines[i])) { items.push('<li>' + inline(lines[i].replace(/^\s*[-*]\s+/, '')) + '</li>'); i++; }
        html.push('<ul>' + items.join('') + '</ul>');
        continue;
      }
      if (line.trim() === '') { i++; continue; }
      var para = [];
      while (i < lines.length && lines[i].trim() !== '' && !/^\s*\|/.test(lines[i]) && !/^#{1,4}\s/.test(lines[i]) && !/^\s*[-*]\s+/.test(lines[i])) {
        para.push(inline(lines[i])); i++;
      }
      html.push('<p>' + para.join('<br>') + '</p>');
    }
    return html.join('\n');
  }

  global.renderMarkdown = render;
})(window);
