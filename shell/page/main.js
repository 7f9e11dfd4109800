// Every part of the page is defined by now (script/build joins shell/page/*.js
// in order into one script, dist/page.js): start the app, then offer offline use.
start();
ready.then(registerServiceWorker);
