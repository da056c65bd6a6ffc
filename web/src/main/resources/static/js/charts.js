// Draws the ECharts of a page from the JSON in each .chart element's data-chart attribute.
(function () {
  var palette = ['#b5191e', '#1e4f8f', '#e0b24a', '#2e7d32', '#6a1b9a', '#00838f', '#ef6c00', '#5d4037'];
  function money(v) { return Number(v).toLocaleString('zh-CN', {minimumFractionDigits: 2, maximumFractionDigits: 2}); }
  function build(kind, d) {
    var base = {color: palette, textStyle: {fontFamily: 'Microsoft YaHei, PingFang SC, Noto Sans SC, WenQuanYi Micro Hei, sans-serif'},
      tooltip: {valueFormatter: function (v) { return v == null ? '—' : money(v) + ' 万元'; }}};
    if (kind === 'income' || kind === 'byType') {
      base.tooltip.trigger = 'item';
      base.legend = {bottom: 0, type: 'scroll'};
      base.series = [{type: 'pie', radius: ['38%', '66%'], center: ['50%', '45%'], data: d[kind],
        label: {formatter: '{b}\n{d}%'}}];
    } else if (kind === 'categories') {
      base.tooltip.trigger = 'axis';
      base.grid = {left: 150, right: 50, top: 10, bottom: 30};
      base.xAxis = {type: 'value', name: '万元', nameGap: 6};
      base.yAxis = {type: 'category', data: d.categories, inverse: true};
      base.series = [{type: 'bar', data: d.categorySpending, barMaxWidth: 28, label: {show: true, position: 'right', formatter: function (p) { return money(p.value); }}}];
    } else if (kind === 'threePublic') {
      base.tooltip.trigger = 'axis';
      base.legend = {data: ['预算数', '决算数'], top: 0};
      base.grid = {left: 60, right: 20, top: 36, bottom: 40};
      base.xAxis = {type: 'category', data: d.threePublicItems, axisLabel: {interval: 0}};
      base.yAxis = {type: 'value', name: '万元'};
      base.series = [{name: '预算数', type: 'bar', data: d.threePublicBudget}, {name: '决算数', type: 'bar', data: d.threePublicActual}];
    } else if (kind.indexOf('compare-') === 0) {
      var key = kind.substring(8);
      base.tooltip.trigger = 'axis';
      base.grid = {left: 70, right: 20, top: 36, bottom: 60};
      base.xAxis = {type: 'category', data: d.departments, axisLabel: {interval: 0, rotate: d.departments.length > 4 ? 30 : 0}};
      base.yAxis = {type: 'value', name: key === 'rate' ? '%' : '万元'};
      if (key === 'rate') { base.tooltip.valueFormatter = function (v) { return v == null ? '—' : v + '%'; }; }
      base.series = [{type: 'bar', data: d[key], barMaxWidth: 40}];
    }
    return base;
  }
  function anyValue(list) {
    return (list || []).some(function (v) {
      var n = v !== null && typeof v === 'object' ? v.value : v;
      return n != null && Number(n) !== 0;
    });
  }
  // Whether a chart would draw nothing but zeros (a 50/50 donut of two 0% slices): then it is not drawn.
  function empty(kind, d) {
    if (kind === 'income' || kind === 'byType') { return !anyValue(d[kind]); }
    if (kind === 'categories') { return !anyValue(d.categorySpending); }
    if (kind === 'threePublic') { return !anyValue(d.threePublicBudget) && !anyValue(d.threePublicActual); }
    if (kind.indexOf('compare-') === 0) { return !anyValue(d[kind.substring(8)]); }
    return false;
  }
  function draw() {
    if (!window.echarts) { return; }
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      var data = JSON.parse(el.getAttribute('data-chart'));
      if (empty(el.getAttribute('data-kind'), data)) {
        el.classList.add('chart-empty');
        el.textContent = '本年度无此项数据';
        return;
      }
      var chart = echarts.init(el);
      chart.setOption(build(el.getAttribute('data-kind'), data));
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
