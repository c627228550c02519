(function () {
  'use strict';
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('question');
  var send = document.getElementById('send');
  var storeKey = 'assistant.conversation';
  var historyKey = 'assistant.history';

  function newId() {
    return (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
  }

  var conversation = localStorage.getItem(storeKey) || newId();
  localStorage.setItem(storeKey, conversation);
  var history = JSON.parse(localStorage.getItem(historyKey) || '[]');

  // The fixed input bar covers the page's bottom: the page keeps that much room below the log, and a message is
  // scrolled into view above the bar (a long answer from its top, so its reading line shows first).
  function keepRoomForForm() {
    document.body.style.paddingBottom = (form.offsetHeight + 16) + 'px';
  }

  function reveal(item) {
    var room = window.innerHeight - form.offsetHeight;
    if (item.offsetHeight > room - 16) {
      window.scrollTo({ top: item.getBoundingClientRect().top + window.scrollY - 8 });
    } else {
      window.scrollTo({ top: item.getBoundingClientRect().bottom + window.scrollY - room + 8 });
    }
  }

  // Word and Excel buttons under an answer that has tables to download (its own snapshot, not the latest answer's).
  function exportButtons(exports) {
    var bar = document.createElement('div');
    bar.className = 'actions';
    [['Word', exports.word, '下载 Word'], ['Excel', exports.excel, '下载 Excel']].forEach(function (e) {
      var a = document.createElement('a');
      a.className = 'export';
      a.href = e[1];
      a.textContent = e[2];
      a.setAttribute('download', '');
      a.setAttribute('data-format', e[0]);
      bar.appendChild(a);
    });
    return bar;
  }

  function show(role, html, save, markdown, exports) {
    var item = document.createElement('article');
    item.className = 'message ' + role;
    item.innerHTML = html;
    item.querySelectorAll('a[href*="api/export/"]').forEach(function (a) { a.setAttribute('download', ''); });
    if (exports) { item.appendChild(exportButtons(exports)); }
    log.appendChild(item);
    reveal(item);
    if (save) {
      history.push({ role: role, text: markdown, exports: exports || null });
      localStorage.setItem(historyKey, JSON.stringify(history.slice(-100)));
    }
    return item;
  }

  function showQuestion(text, save) {
    var escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
    show('user', '<p>' + escaped + '</p>', save, text);
  }

  function ask(text) {
    showQuestion(text, true);
    var pending = show('assistant pending', '<p>正在查询……</p>', false);
    send.disabled = true;
    fetch('api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversation: conversation, q: text })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      pending.remove();
      var markdown = result.ok ? result.body.text : ('出错了：' + (result.body.error || '请稍后再试'));
      show('assistant', renderMarkdown(markdown), true, markdown, result.ok ? result.body.exports : null);
    }).catch(function () {
      pending.remove();
      show('assistant', '<p>无法连接助手，请稍后再试。</p>', false);
    }).finally(function () {
      send.disabled = false;
      input.focus();
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (text) { input.value = ''; ask(text); }
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) { event.preventDefault(); form.requestSubmit(); }
  });
  document.getElementById('upload').addEventListener('change', function (event) {
    var file = event.target.files[0];
    if (!file) { return; }
    showQuestion('上传表格：' + file.name, true);
    var data = new FormData();
    data.append('file', file);
    var pending = show('assistant pending', '<p>正在检查……</p>', false);
    fetch('api/upload', { method: 'POST', body: data }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (result) {
      pending.remove();
      var markdown = result.ok ? result.body.text : ('出错了：' + (result.body.error || '请稍后再试'));
      show('assistant', renderMarkdown(markdown), true, markdown);
    }).finally(function () { event.target.value = ''; });
  });
  document.getElementById('reset').addEventListener('click', function () {
    conversation = newId();
    localStorage.setItem(storeKey, conversation);
    history = [];
    localStorage.removeItem(historyKey);
    log.innerHTML = '';
  });

  history.forEach(function (m) {
    if (m.role === 'user') { showQuestion(m.text, false); } else { show('assistant', renderMarkdown(m.text), false, m.text, m.exports); }
  });

  keepRoomForForm();
  window.addEventListener('resize', keepRoomForForm);
  if (window.ResizeObserver) { new ResizeObserver(keepRoomForForm).observe(form); }

  // A link such as /?q=满意度一般设多少 asks its question on arrival (shareable questions), once: the address loses
  // its ?q= so a reload shows the conversation instead of asking again.
  var linked = new URLSearchParams(location.search).get('q');
  if (linked) {
    window.history.replaceState(null, '', location.pathname);
    ask(linked);
  }

  fetch('api/examples').then(function (r) { return r.json(); }).then(function (examples) {
    var box = document.getElementById('examples');
    examples.forEach(function (q) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'example';
      b.textContent = q;
      b.addEventListener('click', function () { ask(q); });
      box.appendChild(b);
    });
  });
})();
