// The one place ECharts parts are registered: tree-shaken imports from echarts/core,
// so a slide only pulls in the chart types the deck actually uses.
import { use } from 'echarts/core'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'
import { CustomChart, LineChart, ScatterChart } from 'echarts/charts'
import { GraphicComponent, GridComponent } from 'echarts/components'

use([SVGRenderer, CanvasRenderer, LineChart, ScatterChart, CustomChart, GridComponent, GraphicComponent])

export type { EChartsCoreOption } from 'echarts/core'
