// The report's own behaviour. It runs under the report's Content-Security-Policy (allowed by its hash), so it
// uses no inline handlers and no eval: listeners only.
(function () {
  'use strict';
  var Player = window.rrwebPlayer && (window.rrwebPlayer.Player || window.rrwebPlayer.default || window.rrwebPlayer);
  // Kept reachable so a person at the console, or a test, can drive a player.
  var players = {};
  window.replayReportPlayers = players;

  function startPlayer(host) {
    var data = document.getElementById(host.getAttribute('data-events'));
    if (!data || typeof Player !== 'function') {
      host.textContent = 'The player could not start.';
      return;
    }
    var events = JSON.parse(data.textContent);
    if (events.length < 2) {
      host.textContent = 'Too few recorded events to play.';
      return;
    }
    var width = Math.max(320, Math.min(host.clientWidth || 960, 960));
    try {
      players[host.id] = new Player({
        target: host,
        props: {
          events: events,
          width: width,
          height: Math.round(width * 9 / 16),
          autoPlay: false,
          showController: true,
          skipInactive: true,
          // Never UNSAFE_replayCanvas: it would give the replay iframe allow-scripts.
          UNSAFE_replayCanvas: false
        }
      });
    } catch (e) {
      host.textContent = 'The player could not start: ' + e;
    }
  }

  // A player starts when its recording is first shown: a report of many recordings opens without decoding any.
  function startPlayersIn(root) {
    root.querySelectorAll('.player[data-events]').forEach(function (host) {
      if (!host.hasAttribute('data-started')) {
        host.setAttribute('data-started', '');
        startPlayer(host);
      }
    });
  }

  var recordings = Array.prototype.slice.call(document.querySelectorAll('details.recording'));
  recordings.forEach(function (recording) {
    if (recording.open) {
      startPlayersIn(recording);
    }
    recording.addEventListener('toggle', function () {
      if (recording.open) {
        startPlayersIn(recording);
      }
    });
  });

  // A link to a step or a recording (#r2-s3) opens the recording that holds it.
  function openTarget() {
    var target = location.hash.length > 1 ? document.getElementById(location.hash.substring(1)) : null;
    var recording = target && target.closest('details.recording');
    if (recording && !recording.open) {
      recording.open = true;
      target.scrollIntoView({block: 'start'});
    }
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();

  // Filter by verdict, and search: a recording shows when it matches both.
  var filter = 'all';
  var search = document.getElementById('search');
  var shown = document.querySelector('.toolbar .shown');
  function applyFilters() {
    var query = search ? search.value.trim().toLowerCase() : '';
    var count = 0;
    recordings.forEach(function (recording) {
      var visible = (filter === 'all' || recording.getAttribute('data-verdict') === filter)
        && (query === '' || recording.getAttribute('data-search').indexOf(query) >= 0);
      recording.hidden = !visible;
      count += visible ? 1 : 0;
    });
    if (shown) {
      shown.textContent = count + ' of ' + recordings.length + ' shown';
    }
  }
  document.querySelectorAll('.toolbar [data-filter]').forEach(function (button) {
    button.addEventListener('click', function () {
      filter = button.getAttribute('data-filter');
      document.querySelectorAll('.toolbar [data-filter]').forEach(function (other) {
        other.setAttribute('aria-pressed', String(other === button));
      });
      applyFilters();
    });
  });
  if (search) {
    search.addEventListener('input', applyFilters);
  }

  // A step's picture is a thumbnail until clicked.
  document.addEventListener('click', function (event) {
    if (event.target.matches && event.target.matches('img.thumb')) {
      event.target.classList.toggle('full');
    }
  });

  document.addEventListener('click', function (event) {
    var seek = event.target.closest('[data-seek]');
    if (!seek) {
      return;
    }
    var player = players[seek.getAttribute('data-player')];
    if (!player) {
      return; // the link still goes to the step
    }
    event.preventDefault();
    player.goto(Number(seek.getAttribute('data-seek')), false);
    document.getElementById(seek.getAttribute('data-player')).scrollIntoView({block: 'nearest'});
  });

  document.querySelectorAll('.compare').forEach(function (box) {
    var range = box.querySelector('input[type=range]');
    var actual = box.querySelector('.compare-actual');
    if (!range || !actual) {
      return;
    }
    function show(percent) {
      range.value = percent;
      actual.style.clipPath = 'inset(0 0 0 ' + percent + '%)';
    }
    range.addEventListener('input', function () { show(range.value); });
    box.querySelectorAll('[data-show]').forEach(function (button) {
      button.addEventListener('click', function () { show(button.getAttribute('data-show')); });
    });
    show(range.value);
  });
})();
