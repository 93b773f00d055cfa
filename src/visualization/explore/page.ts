/**
 * The /explore page's HTML: markup only. Its script and style sheet are the esbuild bundle under
 * /explore/assets/ (public/explore/, built by `npm run build:explore`), so the page runs under a
 * Content-Security-Policy without 'unsafe-inline' and loads nothing from the internet.
 */
export function explorePage(opts: { endpoint: string; assets: string }): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Newsgraph · graph view</title>
<!-- The id stops cytoscape injecting its own <style> (which the CSP would block): explore.css has its one rule. -->
<link rel="stylesheet" id="__________cytoscape_stylesheet" href="${attr(opts.assets)}/explore.css">
<script defer src="${attr(opts.assets)}/explore.min.js"></script>
</head>
<body data-endpoint="${attr(opts.endpoint)}" data-busy="false">
<header class="topbar">
  <h1>Newsgraph <span>graph view</span></h1>
  <form id="search-form" class="search" role="search">
    <input id="search" name="q" type="search" placeholder="Search a person, organization, cartel, ship or place…" autocomplete="off" aria-label="Search entities">
    <button type="submit">Search</button>
  </form>
  <nav class="modes" aria-label="Mode">
    <button type="button" id="mode-neighborhood" class="mode active" aria-pressed="true">Neighborhood</button>
    <button type="button" id="mode-path" class="mode" aria-pressed="false">Path</button>
  </nav>
  <a class="gql-link" href="/">GraphQL explorer</a>
</header>
<div class="layout">
  <aside class="panel left">
    <section id="results-panel">
      <h2>Results</h2>
      <p class="hint" id="results-hint">Type a name or alias (accents and case do not matter), then pick a result to draw its neighborhood.</p>
      <ul id="search-results" class="results"></ul>
    </section>
    <section id="path-panel" hidden>
      <h2>Path</h2>
      <form id="path-form" class="path-form">
        <label>From <input id="path-from" type="search" autocomplete="off" placeholder="e.g. Marco Rubio"></label>
        <ul id="path-from-results" class="results small"></ul>
        <label>To <input id="path-to" type="search" autocomplete="off" placeholder="e.g. Sinaloa Cartel"></label>
        <ul id="path-to-results" class="results small"></ul>
        <div class="row"><button type="submit" id="path-go">Find path</button><button type="button" id="path-clear">Clear</button></div>
      </form>
      <ol id="path-steps" class="steps"></ol>
    </section>
    <section>
      <h2>Drawn <span id="drawn-count" class="count">0</span></h2>
      <ul id="drawn-nodes" class="drawn" aria-label="Nodes in the graph"></ul>
    </section>
  </aside>
  <main class="stage">
    <div class="canvas">
      <div id="graph" aria-label="Graph of the selected entity's neighborhood"></div>
      <div id="status" class="status" role="status"></div>
      <div id="tooltip" class="tooltip" role="tooltip" hidden></div>
    </div>
    <div id="legend" class="legend" aria-label="Legend"></div>
  </main>
  <aside class="panel right">
    <h2>Timeline</h2>
    <p class="hint" id="timeline-title">Events of the selected entity appear here, in date order.</p>
    <ol id="timeline" class="timeline"></ol>
  </aside>
</div>
</body>
</html>`;
}
