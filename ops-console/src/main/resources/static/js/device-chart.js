// Draws the device page's chart from the history embedded in the page (#chart-data), no extra request.
(function () {
  'use strict';
  var canvas = document.getElementById('chart');
  var data = document.getElementById('chart-data');
  if (!canvas || !data || typeof Chart === 'undefined') {
    return;
  }
  var history = JSON.parse(data.textContent);
  if (!history.series.length) {
    document.getElementById('chart-empty').hidden = false;
    canvas.parentElement.hidden = true;
    return;
  }
  var palette = ['#0b6bcb', '#c53030', '#1e8e3e', '#b7791f', '#6b46c1', '#2c7a7b', '#d53f8c', '#4a5568'];
  var datasets = history.series.map(function (series, i) {
    var labels = Object.keys(series.labels).map(function (k) { return series.labels[k]; }).join(' ');
    return {
      label: labels || history.metric,
      data: series.points.map(function (p) { return {x: Date.parse(p.time), y: p.value}; }),
      borderColor: palette[i % palette.length],
      pointRadius: 0,
      borderWidth: 1.5,
      tension: 0.1
    };
  });
  var unit = history.unit ? ' ' + history.unit : '';
  new Chart(canvas, {
    type: 'line',
    data: {datasets: datasets},
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: {mode: 'nearest', intersect: false},
      scales: {
        x: {type: 'linear', ticks: {callback: function (v) { return new Date(v).toLocaleString(); }, maxTicksLimit: 6}},
        y: {ticks: {callback: function (v) { return v + unit; }}}
      },
      plugins: {
        legend: {display: datasets.length > 1 && datasets.length <= 24, position: 'bottom'},
        tooltip: {callbacks: {title: function (items) { return new Date(items[0].parsed.x).toLocaleString(); }}}
      }
    }
  });
})();
