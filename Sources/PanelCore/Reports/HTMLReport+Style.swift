extension HTMLReport {
    /// The page's whole stylesheet: system fonts, no images, prints on A4.
    static let style = """
        :root{--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--bg:#f6f8fa;--card:#fff;
        --sh:#1a7f37;--h:#4ac26b;--nh:#e16f24;--snh:#c0392b;--na:#afb8c1;--nd:#d4a72c;
        --cpu:#3b82f6;--mem:#8b5cf6}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",
        Roboto,"Helvetica Neue",Arial,sans-serif}
        main{max-width:1080px;margin:0 auto;padding:0 24px 40px}
        code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eff2f5;padding:1px 4px;
        border-radius:4px}
        a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
        h2{font-size:17px;margin:0 0 12px}h3{font-size:19px;margin:2px 0 0}h4{font-size:15px;margin:18px 0 6px}
        h5{font-size:13px;margin:0 0 6px}
        h2.section{margin:28px 0 12px;font-size:20px}
        .muted{color:var(--muted)}.small{font-size:12px}
        .decision{padding:28px max(24px,calc((100% - 1032px)/2)) 22px;border-bottom:1px solid var(--line);
        background:linear-gradient(180deg,#fff,#fafbfc)}
        .decision.hire{border-top:6px solid var(--sh)}.decision.nohire{border-top:6px solid var(--snh)}
        .decision.hold{border-top:6px solid var(--nd)}
        .eyebrow{font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
        .headline{display:flex;align-items:center;gap:18px;flex-wrap:wrap;margin-top:4px}
        .headline h1{font-size:30px;margin:0}
        .outcome-box{display:flex;align-items:center;gap:10px}
        .outcome{font-weight:800;font-size:20px;letter-spacing:.04em;color:#fff;padding:6px 14px;border-radius:8px}
        .hire .outcome{background:var(--sh)}.nohire .outcome{background:var(--snh)}.hold .outcome{background:var(--nd);
        color:#3b2e00}
        .outcome-box .label{font-size:16px;color:var(--muted)}
        .reason{font-size:16px;margin:12px 0 14px;max-width:900px}
        .facts{display:flex;flex-wrap:wrap;gap:10px 28px;margin:0}
        .facts dt{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
        .facts dd{margin:0;font-weight:600}
        .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:18px 0}
        .callout{border-radius:10px;padding:14px 20px;margin:18px 0;border:1px solid}
        .callout.nohire{background:#fff1f0;border-color:#f5c2bd}.callout.hold{background:#fff8e1;border-color:#f0d77b}
        .callout h2{margin-bottom:2px}.callout p{margin:0 0 8px}
        .blocker{margin:8px 0}.blocker-head{font-weight:600}.blocker ul{margin:4px 0 0 0}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;vertical-align:top;padding:7px 8px;border-bottom:1px solid #eaeef2}
        thead th{font-size:12px;color:var(--muted);font-weight:600;border-bottom:1px solid var(--line)}
        td.num{color:var(--muted);width:22px}
        tr.notrun td{color:var(--muted)}
        .tag{font-size:11px;border:1px solid var(--line);border-radius:10px;padding:0 7px;color:var(--muted);
        margin-left:4px}
        .chip{display:inline-block;font-size:12px;font-weight:600;padding:2px 9px;border-radius:12px;white-space:nowrap;
        color:#fff}
        .chip-lg{font-size:14px;padding:5px 14px}
        .r-strong_hire{background:var(--sh)}.r-hire{background:var(--h)}.r-no_hire{background:var(--nh)}
        .r-strong_no_hire{background:var(--snh)}.r-not_assessed{background:#eef1f4;color:var(--muted)}
        .r-no_decision{background:var(--nd);color:#3b2e00}.r-not_run{background:#eef1f4;color:var(--muted)}
        .tests{font-weight:600;margin-right:6px}
        .meter{display:inline-block;width:70px;height:6px;border-radius:3px;background:#eef1f4;vertical-align:middle;
        overflow:hidden}
        .meter span{display:block;height:100%}.meter .ok{background:var(--h)}.meter .warn{background:var(--nd)}
        .meter .bad{background:var(--snh)}
        table.coverage th,table.coverage td{text-align:center}table.coverage tbody th{text-align:left;font-weight:600}
        .round{scroll-margin-top:12px}
        .round.notrun{opacity:.7}
        .round-head{display:flex;justify-content:space-between;align-items:flex-start;gap:12px}
        .persona{margin:8px 0 12px;color:#3d444d}
        .round-grid{display:grid;grid-template-columns:300px 1fr;gap:18px;align-items:start}
        @media (max-width:760px){.round-grid{grid-template-columns:1fr}}
        figure.radar{margin:0;text-align:center}
        figure.radar figcaption{font-size:11px;color:var(--muted)}
        svg .ring{fill:none;stroke:#e1e5ea}svg .ring.bar{stroke:#9aa5b1;stroke-dasharray:3 3}
        svg .axis{stroke:#d0d7de}
        svg .tick{font-size:9px;fill:#8c959f}
        svg .label{font-size:11px;fill:#3d444d;font-weight:600}svg .label.na{fill:#a0a8b1;font-weight:400}
        svg .shape{stroke-width:2;fill-opacity:.22}
        svg .shape.r-strong_hire{fill:var(--sh);stroke:var(--sh)}svg .shape.r-hire{fill:var(--h);stroke:#2da44e}
        svg .shape.r-no_hire{fill:var(--nh);stroke:var(--nh)}svg .shape.r-strong_no_hire{fill:var(--snh);stroke:var(--snh)}
        svg .shape.r-no_decision,svg .shape.r-not_run{fill:var(--nd);stroke:#b08800}
        svg .dot{stroke:#fff;stroke-width:1.5}
        svg .dot.r-strong_hire{fill:var(--sh)}svg .dot.r-hire{fill:var(--h)}svg .dot.r-no_hire{fill:var(--nh)}
        svg .dot.r-strong_no_hire{fill:var(--snh)}
        table.attributes th{width:170px;font-weight:600}table.attributes td:nth-child(2){width:130px}
        ul.reasons{margin:0;padding-left:16px;color:#3d444d;font-size:13px}
        .sc{display:grid;grid-template-columns:1fr 1fr;gap:18px}
        .sc ul{margin:0;padding-left:18px}
        @media (max-width:760px){.sc{grid-template-columns:1fr}}
        .error{background:#fff8e1;border:1px solid #f0d77b;border-radius:8px;padding:8px 12px;margin:8px 0}
        .notes{font-style:italic;color:#3d444d}
        dl.questions dt{font-weight:600;margin-top:6px}dl.questions dd{margin:2px 0 0 16px}
        .problem{border-top:1px solid var(--line);margin-top:16px;padding-top:2px}
        .facts-line{margin:4px 0}
        .verdict{font:700 11px ui-monospace,monospace;padding:1px 5px;border-radius:4px;background:#eef1f4}
        .v-AC{background:#dafbe1;color:#116329}.v-WA,.v-RTE,.v-CE{background:#ffebe9;color:#a40e26}
        .v-TLE,.v-MLE,.v-OLE{background:#fff1e5;color:#953800}.v-JE{background:#fff8c5;color:#7d4e00}
        .groups{margin:6px 0}
        .group{display:inline-block;font-size:12px;border-radius:6px;padding:1px 7px;margin:2px 4px 2px 0}
        .group.ok{background:#dafbe1;color:#116329}.group.bad{background:#ffebe9;color:#a40e26}
        .thinking{display:grid;grid-template-columns:1fr 300px;gap:18px;margin:10px 0;background:#f6f8fa;
        border-radius:8px;padding:12px 14px}
        @media (max-width:760px){.thinking{grid-template-columns:1fr}}
        ul.checks{list-style:none;margin:0;padding:0}ul.checks li{margin:3px 0;font-size:13px}
        ul.checks li.yes b{color:#116329}ul.checks li.no b{color:#a40e26}
        ul.checks q{color:#3d444d}
        .agree{font-size:11px;border-radius:8px;padding:1px 7px;margin-left:4px}
        .a-agrees{background:#dafbe1;color:#116329}.a-disagrees{background:#ffebe9;color:#a40e26}
        .a-inconclusive,.a-not_stated{background:#eef1f4;color:var(--muted)}
        svg.growth .plot{fill:#fff;stroke:#d0d7de}svg.growth .floor{stroke:#d0d7de;stroke-dasharray:2 3}
        svg.growth .fit{stroke:var(--cpu);stroke-width:2}svg.growth .stated{stroke:#8c959f;stroke-width:1.5;
        stroke-dasharray:5 4}
        svg.growth .pt{fill:var(--cpu)}svg.growth .pt.tle{fill:var(--snh)}
        svg.growth .axis-label{font-size:10px;fill:var(--muted)}
        .legend .k{display:inline-block;width:14px;height:3px;vertical-align:middle;margin:0 2px 0 8px}
        .legend .k.fit{background:var(--cpu)}.legend .k.stated{border-top:2px dashed #8c959f;height:0}
        .legend .k.pt{width:7px;height:7px;border-radius:50%;background:var(--cpu)}
        dl.cx{display:grid;grid-template-columns:62px 1fr;gap:2px 6px;margin:6px 0 0;font-size:12px}
        dl.cx dt{color:var(--muted)}dl.cx dd{margin:0}
        .failure{background:#fff1f0;border:1px solid #f5c2bd;border-radius:8px;padding:8px 12px;margin:8px 0}
        .testing{background:#f6f8fa;border:1px solid #d0d7de;border-radius:8px;padding:8px 12px;margin:8px 0}
        details summary{cursor:pointer;color:#3d444d;font-size:13px;margin:6px 0}
        pre{background:#f6f8fa;border-radius:6px;padding:10px;overflow:auto;font-size:12px;max-height:260px}
        table.bars td,table.bars th{padding:2px 6px;border-bottom:1px solid #f0f2f4}
        table.bars td.name{font:12px ui-monospace,monospace;max-width:280px;overflow:hidden;text-overflow:ellipsis;
        white-space:nowrap}
        table.bars td.bar{width:34%;white-space:nowrap}
        .track{display:inline-block;position:relative;width:calc(100% - 70px);height:9px;background:#eef1f4;
        border-radius:5px;vertical-align:middle;overflow:hidden}
        .track .fill{position:absolute;left:0;top:0;bottom:0;border-radius:5px}
        .fill.cpu{background:var(--cpu)}.fill.mem{background:var(--mem)}.fill.high{background:var(--nh)}
        .fill.over{background:var(--snh)}
        .track .half{position:absolute;left:50%;top:0;bottom:0;border-left:1px dashed #b6bec7}
        .val{display:inline-block;width:66px;text-align:right;font-size:12px;color:#3d444d;
        font-variant-numeric:tabular-nums}
        tr.role-performance td.name{font-weight:700}
        footer{color:var(--muted);font-size:12px;margin-top:28px;border-top:1px solid var(--line);padding-top:12px}
        footer .warn{color:#953800}
        .scroll{overflow-x:auto;max-width:100%}table.rounds code{white-space:nowrap}
        svg.radar,svg.growth{max-width:100%;height:auto}
        td,th,dd,li,p{overflow-wrap:break-word}
        table.coverage th,table.coverage td{white-space:nowrap}.narrow{display:none}
        @media (max-width:640px){
        main{padding:0 10px 32px}.decision{padding:20px 14px 16px}.card{padding:14px 12px}
        .headline h1{font-size:24px}.reason{font-size:15px}
        .wide{display:none}.narrow{display:inline}table.coverage th,table.coverage td{padding:6px 2px}
        table.coverage tbody th{white-space:normal}table.coverage .chip{padding:2px 6px}
        table.rounds thead{display:none}
        table.rounds tr{display:grid;grid-template-columns:22px 1fr 1fr;gap:4px 10px;padding:8px 0;
        border-bottom:1px solid #eaeef2}
        table.rounds td{border:0;padding:0}table.rounds td.num{grid-row:span 3}
        table.rounds td:nth-child(2){grid-column:2 / 4}
        td[data-label]::before{content:attr(data-label);display:block;font-size:11px;color:var(--muted)}
        table.attributes tr{display:grid;grid-template-columns:1fr auto;gap:2px 8px;padding:8px 0;
        border-bottom:1px solid #eaeef2}
        table.attributes th,table.attributes td{border:0;padding:0;width:auto!important}
        table.attributes td:nth-child(3){grid-column:1 / 3}
        table.bars thead{display:none}
        table.bars tr{display:grid;grid-template-columns:1fr 1fr;gap:2px 10px;padding:6px 0;
        border-bottom:1px solid #eaeef2}
        table.bars td{border:0;padding:0}
        table.bars td.name{max-width:none;white-space:normal;overflow-wrap:anywhere}
        table.rounds code{white-space:normal;overflow-wrap:anywhere}
        table.bars td:nth-child(2){text-align:right}table.bars td.bar{width:auto}
        .thinking{padding:10px}
        }
        @media print{body{background:#fff}.card{break-inside:avoid-page}details{display:block}}
        """
}
