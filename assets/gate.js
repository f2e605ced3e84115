// Runs in <head>, before the page first paints. The page carries the start
// page prerendered; it is the right first paint only for a first visit.
// After a reload part-way (#/q/sitting), on the diary (#/diary), or with
// answers saved on this device (Continue / Start again), it would show the
// wrong page until the app starts, so the guide waits unseen instead.
try {
  var hash = location.hash;
  var elsewhere = hash !== '' && hash !== '#' && hash !== '#/' && hash !== '#/start';
  if (elsewhere || localStorage.getItem('hamstring-guide') !== null) {
    document.documentElement.className += ' hg-wait';
  }
} catch (blocked) {
  // Storage refused: nothing can have been saved, so the start page is right.
}
