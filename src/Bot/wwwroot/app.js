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

  function show(role, html, save, markdown) {
    var item = document.createElement('article');
    item.className = 'message ' + role;
    item.innerHTML = html;
    item.querySelectorAll('a[href*="api/export/"]').forEach(function (a) { a.setAttribute('download', ''); });
    log.appendChild(item);
    item.scrollIntoView({ block: 'end' });
    if (save) {
      history.push({ role: role, text: markdown });
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
      show('assistant', renderMarkdown(markdown), true, markdown);
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
    if (m.role === 'user') { showQuestion(m.text, false); } else { show('assistant', renderMarkdown(m.text), false); }
  });

  // A link such as /?q=满意度一般设多少 asks its question on arrival (shareable questions).
  var linked = new URLSearchParams(location.search).get('q');
  if (linked) { ask(linked); }

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
