/* Newsgraph explorer: GraphiQL (UMD build from node_modules) with the example operations as tabs. */
/* global document, React, ReactDOM, GraphiQL */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('newsgraph-config').textContent);
  var examples = JSON.parse(document.getElementById('newsgraph-examples').textContent);
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  var tabs = examples.map(function (e) {
    return { query: e.query };
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: false,
      shouldPersistHeaders: false,
    }),
  );
})();
