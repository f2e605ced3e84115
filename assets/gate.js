// Runs in <head>, before the page first paints. The page carries the start
// page prerendered; it is the right first paint only for a first visit.
// After a reload part-way (#/q/sitting), on the diary (#/diary), or with
// answers saved on this device (Continue / Start again), it would show the
// wrong page until the app starts, so the guide waits unseen instead.
//
// If the guide cannot start (the loader calls hgFailed on an error) or has
// not started after a while (its scripts blocked or missing), the page never
// stays blank: the no-JavaScript page, with the emergency number and the
// clinic's contact details, shows in its place until the guide is ready.
(function () {
  var root = document.documentElement;
  try {
    var hash = location.hash;
    var elsewhere = hash !== '' && hash !== '#' && hash !== '#/' && hash !== '#/start';
    if (elsewhere || localStorage.getItem('hamstring-guide') !== null) {
      root.className += ' hg-wait';
    }
  } catch (blocked) {
    // Storage refused: nothing can have been saved, so the start page is right.
  }
  var shown = false;
  function failed() {
    var page = document.querySelector('noscript');
    if (!shown && page && !document.querySelector('#hamstring-guide[data-ready]')) {
      shown = true;
      page.insertAdjacentHTML('afterend', '<div class="hg-failed">' + page.textContent + '</div>');
      root.className += ' hg-off';
    }
  }
  window.hgFailed = failed;
  setTimeout(failed, 6000);
})();
