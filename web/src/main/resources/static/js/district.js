// Draws the district pages' ECharts (scoreboard progress, district structure) from data-chart JSON.
(function () {
  var palette = ['#b5191e', '#1e4f8f', '#e0b24a', '#2e7d32', '#6a1b9a', '#00838f', '#ef6c00', '#5d4037'];
  function build(kind, d) {
    var base = {color: palette, textStyle: {fontFamily: 'Microsoft YaHei, PingFang SC, Noto Sans SC, WenQuanYi Micro Hei, sans-serif'}};
    if (kind === 'progress') {
      base.tooltip = {trigger: 'axis'};
      base.legend = {data: ['已报送', '已公开'], top: 0};
      base.grid = {left: 50, right: 20, top: 36, bottom: 40};
      base.xAxis = {type: 'category', data: d.dates};
      base.yAxis = {type: 'value', name: '部门数', max: d.departments, minInterval: 1};
      base.series = [{name: '已报送', type: 'line', step: 'end', data: d.submitted},
        {name: '已公开', type: 'line', step: 'end', areaStyle: {opacity: 0.15}, data: d.published}];
    } else {
      base.tooltip = {trigger: 'item', valueFormatter: function (v) { return Number(v).toLocaleString('zh-CN', {minimumFractionDigits: 2}) + ' 万元'; }};
      base.legend = {bottom: 0, type: 'scroll'};
      base.series = [{type: 'pie', radius: ['38%', '66%'], center: ['50%', '45%'], data: d[kind], label: {formatter: '{b}\n{d}%'}}];
    }
    return base;
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      var chart = echarts.init(el);
      chart.setOption(build(el.getAttribute('data-kind'), JSON.parse(el.getAttribute('data-chart'))));
      window.addEventListener('resize', function () { chart.resize(); });
    });
  });
})();
