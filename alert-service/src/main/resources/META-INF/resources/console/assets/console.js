// Policy Monitor console: keyboard shortcuts in the inbox, the analyst's time zone, small form helpers.
// Loaded as a file (the Content-Security-Policy forbids inline scripts); every page works without it.
(function () {
  'use strict';

  function say(text, keep) {
    var box = document.getElementById('status-message');
    if (!box) { return; }
    box.textContent = text;
    clearTimeout(say.timer);
    if (!keep) { say.timer = setTimeout(function () { box.textContent = ''; }, 4000); }
  }

  // Dates are rendered by the server in the zone of the pm_tz cookie: tell it the browser's zone once. A browser that
  // blocks cookies for the site throws on document.cookie (Chromium: SecurityError) or drops what is written: then the
  // page says why its times are in the server's zone (no reload, which would loop), and everything else works.
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var serverZone = document.body.dataset.zone;
  if (zone && serverZone !== zone) {
    var wanted = 'pm_tz=' + encodeURIComponent(zone);
    var cookies = readCookies();
    if (cookies !== null && cookies.indexOf(wanted) === -1) {
      try {
        document.cookie = wanted + '; path=/console; max-age=31536000; SameSite=Strict';
      } catch (blocked) {
        // said below
      }
      cookies = readCookies();
      if (cookies !== null && cookies.indexOf(wanted) !== -1) {
        location.reload();
        return;
      }
    }
    // a cookie the server has and did not take (a zone it does not know) is left as before: nothing to say
    if (cookies === null || cookies.indexOf(wanted) === -1) {
      zoneNotice('Times are shown in ' + serverZone + ', not in your time zone (' + zone + '): this browser blocks '
          + 'cookies for this site, and the console keeps your time zone in one (pm_tz, nothing else). Allow cookies '
          + 'for this site to see your local times; everything else works without them.');
    }
  }

  function readCookies() {
    try {
      return document.cookie;
    } catch (blocked) {
      return null;
    }
  }

  function zoneNotice(text) {
    var main = document.getElementById('main');
    if (!main) { return; }
    var notice = document.createElement('p');
    notice.id = 'zone-notice';
    notice.className = 'notice notice-warning';
    notice.textContent = text;
    main.insertBefore(notice, main.firstChild);
  }

  // The item page's "← Inbox" returns to the inbox as the analyst left it (filters, page size, page): the inbox keeps
  // its address for this tab. Where storage is blocked (with cookies) the link goes to the plain inbox, as without
  // the script.
  try {
    if (document.body.dataset.page === 'inbox') {
      sessionStorage.setItem('pm_inbox', location.pathname + location.search);
    }
    var back = document.querySelector('a[data-back]');
    var inbox = back && sessionStorage.getItem('pm_inbox');
    if (inbox && /^\/console(\?|$)/.test(inbox)) { back.setAttribute('href', inbox); }
  } catch (blocked) {
    // the plain inbox
  }

  // On a phone the inbox starts with the items: the filters fold away unless a filter is active.
  var filterBox = document.querySelector('.filter-box');
  if (filterBox && !filterBox.hasAttribute('data-filtered') && window.matchMedia('(max-width: 50rem)').matches) {
    filterBox.open = false;
  }

  // Deleting asks first.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });

  // The subscription form shows the fields of the chosen channel and mode only.
  var channel = document.getElementById('channel');
  var mode = document.getElementById('mode');
  function toggle() {
    document.querySelectorAll('[data-channel]').forEach(function (el) {
      el.hidden = channel && el.dataset.channel !== channel.value;
    });
    document.querySelectorAll('[data-mode]').forEach(function (el) {
      el.hidden = mode && el.dataset.mode !== mode.value;
    });
  }
  if (channel) { channel.addEventListener('change', toggle); }
  if (mode) { mode.addEventListener('change', toggle); }
  if (channel || mode) { toggle(); }

  // Lists (inbox, stories, acts, timelines): j/k move, o/Enter open; items: r/i/f judge (PATCH /api/items/{id}, as
  // the API does), s opens the story (of the selected row, or of the item page's item).
  var items = Array.prototype.slice.call(document.querySelectorAll('.items .item'));
  var detail = document.querySelector('.item-detail');
  var current = -1;

  function select(index) {
    if (!items.length) { return; }
    index = Math.max(0, Math.min(items.length - 1, index));
    if (current >= 0 && items[current]) { items[current].classList.remove('current'); }
    current = index;
    items[current].classList.add('current');
    items[current].focus();
    items[current].scrollIntoView({ block: 'nearest' });
  }

  function judge(element, status) {
    var id = element && element.dataset.id;
    if (!id) { return; }
    fetch('/api/items/' + encodeURIComponent(id), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      credentials: 'same-origin',
      // the version the page shows (item page or list row): a review saved since it was loaded is a 409, not overwritten
      body: JSON.stringify({ status: status, updatedAt: element.dataset.updatedAt })
    }).then(function (response) {
      if (response.status === 409) {
        say('Not saved: this item was reviewed or changed since the page was loaded. Reload the page to see the '
            + 'latest review, then judge again.', true);
        return;
      }
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json().then(function (item) {
        // the next shortcut on this row is checked against this review
        if (item && item.updatedAt) { element.dataset.updatedAt = item.updatedAt; }
        element.querySelectorAll('[data-role="review-status"]').forEach(function (badge) {
          badge.textContent = status;
          badge.className = 'review review-' + status;
        });
        say('Marked ' + status);
        if (detail) { location.reload(); }
      });
    }).catch(function (error) { say('Could not save the review: ' + error.message); });
  }

  var keys = { r: 'relevant', i: 'irrelevant', f: 'follow-up' };
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) { return; }
    if (items.length && (event.key === 'j' || event.key === 'k')) {
      select(current < 0 ? 0 : current + (event.key === 'j' ? 1 : -1));
      event.preventDefault();
    } else if (current >= 0 && (event.key === 'o' || (event.key === 'Enter' && target === items[current]))) {
      var link = items[current].querySelector('.item-title a');
      if (link) { location.href = link.href; }
    } else if (event.key === 's') {
      var scope = detail || (current >= 0 ? items[current] : null);
      var story = scope && scope.querySelector('a[data-role="story"]');
      if (story) { location.href = story.href; event.preventDefault(); }
    } else if (keys[event.key]) {
      var element = detail || (current >= 0 ? items[current] : null);
      if (element) { judge(element, keys[event.key]); event.preventDefault(); }
    }
  });
})();
