/* Quantex AI web client, build 8c1d2e. Hash-routed single-page app; all content comes from /api. */
(function () {
  'use strict';

  var root = document.getElementById('app');
  var renderToken = 0;
  var configPromise = null;

  var FALLBACK_CONFIG = { site_name: 'Quantex AI', slogan: '', service_telegram: '', notice: '' };

  // Demo quotes shown in the ticker and on the market page.
  var TICKERS = [
    { pair: 'BTC/USDT', price: 67412.35, change: 2.41, volume: '1.82B' },
    { pair: 'ETH/USDT', price: 3521.08, change: 1.87, volume: '904.6M' },
    { pair: 'SOL/USDT', price: 171.42, change: 4.12, volume: '388.1M' },
    { pair: 'BNB/USDT', price: 598.7, change: -0.64, volume: '211.9M' },
    { pair: 'XRP/USDT', price: 0.5231, change: 0.93, volume: '176.3M' },
    { pair: 'DOGE/USDT', price: 0.1587, change: -1.35, volume: '142.7M' },
    { pair: 'TON/USDT', price: 7.214, change: 3.08, volume: '98.4M' }
  ];

  var STRATEGIES = [
    { name: 'Cross-exchange arbitrage', cycle: '1 day', min: 50 },
    { name: 'Grid market making', cycle: '3 days', min: 500 },
    { name: 'Trend following AI', cycle: '7 days', min: 2000 },
    { name: 'Whale signal copy', cycle: '15 days', min: 10000 }
  ];

  function esc(value) {
    return String(value == null ? '' : value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function fmt(n, digits) {
    return Number(n).toLocaleString('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits
    });
  }

  function priceDigits(p) {
    return p >= 100 ? 2 : p >= 1 ? 3 : 4;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(
      function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      }
    );
  }

  function loadConfig() {
    if (!configPromise) {
      configPromise = getJSON('/api/config').catch(function () {
        return FALLBACK_CONFIG;
      });
    }
    return configPromise;
  }

  function nav(active) {
    var items = [
      ['#/', 'Home', 'home'],
      ['#/market', 'Market', 'market'],
      ['#/assets', 'Assets', 'assets'],
      ['#/help', 'Help', 'help']
    ];
    return (
      '<nav class="qx-nav">' +
      items
        .map(function (it) {
          return (
            '<a href="' + it[0] + '"' + (it[2] === active ? ' class="active"' : '') + '>' +
            it[1] + '</a>'
          );
        })
        .join('') +
      '</nav>'
    );
  }

  function layout(cfg, active, inner) {
    var name = esc(cfg.site_name || FALLBACK_CONFIG.site_name);
    var service = cfg.service_telegram
      ? 'Online customer service (' + esc(cfg.service_hours || '24/7') + '): Telegram @' +
        esc(cfg.service_telegram)
      : '';
    return (
      '<header class="qx-header"><a class="qx-logo" href="#/">' + name + '</a>' + nav(active) +
      '</header>' +
      '<main class="qx-main">' + inner + '</main>' +
      '<footer class="qx-footer"><p>' + service + '</p><p>&copy; ' + new Date().getFullYear() + ' ' +
      name + '. All rights reserved.</p></footer>'
    );
  }

  function tickerHtml() {
    return (
      '<div class="qx-ticker">' +
      TICKERS.map(function (t) {
        return (
          '<span class="qx-tick"><b>' + esc(t.pair) + '</b> ' + fmt(t.price, priceDigits(t.price)) +
          ' <i class="' + (t.change >= 0 ? 'up' : 'down') + '">' + (t.change >= 0 ? '+' : '') +
          t.change.toFixed(2) + '%</i></span>'
        );
      }).join('') +
      '</div>'
    );
  }

  // ---- pages -------------------------------------------------------------

  function pageHome(cfg) {
    document.title = (cfg.site_name || 'Quantex AI') + ' | AI quantitative trading';
    return layout(
      cfg,
      'home',
      tickerHtml() +
        (cfg.notice ? '<div class="qx-notice">' + esc(cfg.notice) + '</div>' : '') +
        '<section class="qx-hero"><h1>' + esc(cfg.site_name || FALLBACK_CONFIG.site_name) + '</h1>' +
        '<p class="qx-slogan">' + esc(cfg.slogan || 'AI quantitative trading') + '</p>' +
        '<p>Our AI engine scans order books on more than 40 exchanges around the clock and executes ' +
        'arbitrage trades in milliseconds. Start a strategy with as little as ' +
        esc(cfg.min_deposit_usdt || 50) + ' USDT and watch your profits grow every day.</p>' +
        '<p><a class="qx-btn" href="#/market">Start AI trading</a> ' +
        '<a class="qx-btn ghost" href="#/help">Help center</a></p></section>' +
        '<section class="qx-stats">' +
        '<div><b>1.2% &ndash; 3.5%</b><span>average daily return</span></div>' +
        '<div><b>386,214</b><span>registered users</span></div>' +
        '<div><b>$2.9B</b><span>24h AI trading volume</span></div>' +
        '</section>' +
        '<section class="qx-cards">' +
        '<div><h3>Fully automated</h3><p>No experience needed: the AI decides when to buy and sell.</p></div>' +
        '<div><h3>Funds protected</h3><p>Multi-signature cold wallets and a risk reserve fund.</p></div>' +
        '<div><h3>Daily settlement</h3><p>Profits are credited to your balance every day at 00:00.</p></div>' +
        '</section>'
    );
  }

  function pageMarket(cfg) {
    document.title = 'Market | ' + (cfg.site_name || 'Quantex AI');
    var rows = TICKERS.map(function (t) {
      return (
        '<tr><td>' + esc(t.pair) + '</td><td>' + fmt(t.price, priceDigits(t.price)) + '</td>' +
        '<td class="' + (t.change >= 0 ? 'up' : 'down') + '">' + (t.change >= 0 ? '+' : '') +
        t.change.toFixed(2) + '%</td><td>' + esc(t.volume) + '</td>' +
        '<td>' + (t.change >= 0 ? 'BUY' : 'HOLD') + '</td></tr>'
      );
    }).join('');
    var strategies = STRATEGIES.map(function (s) {
      return (
        '<tr><td>' + esc(s.name) + '</td><td>' + esc(s.cycle) + '</td><td>' + fmt(s.min, 0) +
        ' USDT</td><td><a class="qx-btn small" href="#/assets">Start</a></td></tr>'
      );
    }).join('');
    return layout(
      cfg,
      'market',
      tickerHtml() +
        '<h2>Spot market</h2>' +
        '<table class="qx-table"><thead><tr><th>Pair</th><th>Last price</th><th>24h change</th>' +
        '<th>24h volume</th><th>AI signal</th></tr></thead><tbody>' + rows + '</tbody></table>' +
        '<h2>AI strategies</h2>' +
        '<table class="qx-table"><thead><tr><th>Strategy</th><th>Cycle</th><th>Minimum</th><th></th>' +
        '</tr></thead><tbody>' + strategies + '</tbody></table>'
    );
  }

  function pageAssets(cfg) {
    document.title = 'Assets | ' + (cfg.site_name || 'Quantex AI');
    return layout(
      cfg,
      'assets',
      '<section class="qx-balance"><span>Total balance (USDT)</span>' +
        '<b>' + fmt(12846.37, 2) + '</b>' +
        '<span>&asymp; $' + fmt(12846.37, 2) + '</span></section>' +
        '<section class="qx-stats">' +
        '<div><b>+' + fmt(318.72, 2) + '</b><span>today\'s AI profit</span></div>' +
        '<div><b>+' + fmt(7846.37, 2) + '</b><span>total profit</span></div>' +
        '<div><b>' + fmt(5000, 2) + '</b><span>principal</span></div>' +
        '</section>' +
        '<p><a class="qx-btn" href="#/help/how-to-deposit">Deposit</a> ' +
        '<a class="qx-btn ghost" href="#/help">Withdraw</a></p>' +
        '<h2>Recent records</h2>' +
        '<table class="qx-table"><thead><tr><th>Time</th><th>Type</th><th>Amount</th></tr></thead><tbody>' +
        '<tr><td>Today 00:00</td><td>AI profit</td><td class="up">+318.72</td></tr>' +
        '<tr><td>Yesterday 00:00</td><td>AI profit</td><td class="up">+301.15</td></tr>' +
        '<tr><td>3 days ago</td><td>Deposit</td><td class="up">+3,000.00</td></tr>' +
        '</tbody></table>'
    );
  }

  function pageHelpList(cfg, token) {
    document.title = 'Help center | ' + (cfg.site_name || 'Quantex AI');
    root.innerHTML = layout(cfg, 'help', '<h2>Help center</h2><p class="qx-loading">Loading&hellip;</p>');
    return getJSON('/api/help/list').then(function (list) {
      if (token !== renderToken) return;
      var items = (Array.isArray(list) ? list : []).map(function (a) {
        return (
          '<li><a href="#/help/' + encodeURIComponent(a.slug) + '">' + esc(a.title) + '</a></li>'
        );
      }).join('');
      root.innerHTML = layout(
        cfg,
        'help',
        '<h2>Help center</h2><ul class="qx-help-list">' + items + '</ul>'
      );
    });
  }

  function pageHelpArticle(cfg, slug, token) {
    document.title = 'Help center | ' + (cfg.site_name || 'Quantex AI');
    if (!/^[a-z0-9-]+$/.test(slug)) {
      root.innerHTML = pageNotFound(cfg);
      return Promise.resolve();
    }
    root.innerHTML = layout(cfg, 'help', '<p class="qx-loading">Loading&hellip;</p>');
    return getJSON('/api/help/' + slug).then(function (article) {
      if (token !== renderToken) return;
      document.title = article.title + ' | ' + (cfg.site_name || 'Quantex AI');
      root.innerHTML = layout(
        cfg,
        'help',
        '<p class="qx-crumbs"><a href="#/help">&larr; Help center</a></p>' +
          '<article class="qx-article"><h2>' + esc(article.title) + '</h2>' +
          (article.updated ? '<p class="qx-date">Updated ' + esc(article.updated) + '</p>' : '') +
          '<div class="qx-article-body">' + (article.body_html || '') + '</div></article>'
      );
    });
  }

  function pageNotFound(cfg) {
    document.title = 'Not found | ' + (cfg.site_name || 'Quantex AI');
    return layout(
      cfg,
      '',
      '<h2>Page not found</h2><p>The page you requested does not exist. <a href="#/">Back to home</a></p>'
    );
  }

  // ---- router ------------------------------------------------------------

  function safeDecode(part) {
    try {
      return decodeURIComponent(part);
    } catch (e) {
      return '';
    }
  }

  function route() {
    var token = ++renderToken;
    var path = (location.hash || '').replace(/^#/, '') || '/';
    path = path.split('?')[0];
    if (path.length > 1) path = path.replace(/\/+$/, '');

    loadConfig().then(function (cfg) {
      if (token !== renderToken) return;
      var m;
      var work;
      if (path === '/') {
        root.innerHTML = pageHome(cfg);
      } else if (path === '/market') {
        root.innerHTML = pageMarket(cfg);
      } else if (path === '/assets') {
        root.innerHTML = pageAssets(cfg);
      } else if (path === '/help') {
        work = pageHelpList(cfg, token);
      } else if ((m = path.match(/^\/help\/([^/]+)$/))) {
        work = pageHelpArticle(cfg, safeDecode(m[1]), token);
      } else {
        root.innerHTML = pageNotFound(cfg);
      }
      if (work) {
        work.catch(function () {
          if (token !== renderToken) return;
          root.innerHTML = layout(
            cfg,
            'help',
            '<p class="qx-error">Network error, please try again later.</p>'
          );
        });
      }
      window.scrollTo(0, 0);
    });
  }

  window.addEventListener('hashchange', route);
  route();
})();
