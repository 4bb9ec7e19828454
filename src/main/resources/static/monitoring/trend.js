// Device page trends: one ECharts chart per channel, threshold lines as mark lines.
// Refreshed by the buttons only (no polling): a duty officer asks for fresh data when needed.
(function () {
  function render(card, range) {
    var box = card.querySelector('.trend-charts');
    fetch(card.dataset.url + '?range=' + range, {headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (trend) {
        box.querySelectorAll('.trend-chart').forEach(function (el) {
          var chart = echarts.getInstanceByDom(el);
          if (chart) { chart.dispose(); }
        });
        box.innerHTML = '';
        trend.channels.forEach(function (c) {
          var title = document.createElement('h4');
          title.textContent = c.channel + (c.unit ? ' (' + c.unit + ')' : '');
          box.appendChild(title);
          if (c.points.length === 0) {
            var p = document.createElement('p');
            p.textContent = card.dataset.empty;
            box.appendChild(p);
            return;
          }
          var el = document.createElement('div');
          el.className = 'trend-chart';
          el.style.height = '260px';
          box.appendChild(el);
          var marks = c.lines.map(function (l) {
            return {yAxis: l.value, name: l.label, lineStyle: {color: l.colour, type: 'dashed'},
              label: {formatter: l.label + ' ' + l.value, color: l.colour}};
          });
          var series = [{
            name: c.hourly ? card.dataset.avg : c.channel, type: 'line', showSymbol: false,
            data: c.points.map(function (p) { return [p[0], p[1]]; }),
            markLine: {symbol: 'none', data: marks}
          }];
          if (c.hourly) {
            // Min/max band: the min line, then the span to the max stacked on it.
            series.push({name: 'min', type: 'line', stack: 'band', showSymbol: false, lineStyle: {opacity: 0},
              data: c.points.map(function (p) { return [p[0], p[2]]; })});
            series.push({name: card.dataset.range, type: 'line', stack: 'band', showSymbol: false,
              lineStyle: {opacity: 0}, areaStyle: {opacity: 0.2},
              data: c.points.map(function (p) { return [p[0], p[3] - p[2]]; })});
          }
          var values = c.points.map(function (p) { return c.hourly ? p[3] : p[1]; })
            .concat(c.lines.map(function (l) { return l.value; }));
          var lows = c.points.map(function (p) { return c.hourly ? p[2] : p[1]; })
            .concat(c.lines.map(function (l) { return l.value; }));
          echarts.init(el).setOption({
            tooltip: {trigger: 'axis'},
            grid: {left: 50, right: 90, top: 20, bottom: 30},
            xAxis: {type: 'time'},
            yAxis: {type: 'value', max: Math.max.apply(null, values), min: Math.min.apply(null, lows),
              scale: true},
            series: series
          });
        });
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var card = document.getElementById('device-trend');
    if (!card) { return; }
    var range = '24h';
    card.querySelectorAll('button[data-range]').forEach(function (b) {
      b.addEventListener('click', function () { range = b.dataset.range; render(card, range); });
    });
    card.querySelector('button[data-refresh]').addEventListener('click', function () {
      render(card, range);
    });
    render(card, range);
  });
})();
