//! The question map: every question, its branches and its red-flag exits as
//! an SVG laid out at build time by `layout-rs`, drawn with the sheet's own
//! classes (so dark mode and print colour it) and each box a link to its
//! text on the sheet.

use guide_core::model::{CardStyle, Content, Next, FOR_PHYSIO_GROUP};
use layout::core::base::Orientation;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::StyleAttr;
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use layout::topo::layout::VisualGraph;

use super::html::escape;

/// The class of a care style, as the stylesheet names it.
pub fn style_class(style: CardStyle) -> &'static str {
    match style {
        CardStyle::SelfCare => "self_care",
        CardStyle::NonUrgent => "non_urgent",
        CardStyle::Urgent => "urgent",
        CardStyle::Emergency => "emergency",
    }
}

/// What a drawn box stands for, and where it links.
struct Node {
    link: String,
    class: String,
}

/// The map of `content` as inline SVG.
pub fn svg(content: &Content) -> String {
    let mut graph = VisualGraph::new(Orientation::TopToBottom);
    let mut nodes: Vec<Node> = Vec::new();
    let mut add = |graph: &mut VisualGraph, label: String, node: Node| {
        let shape = ShapeKind::new_box(&label);
        let look = StyleAttr::simple();
        let size = get_shape_size(Orientation::TopToBottom, &shape, look.font_size, false);
        let tag = format!("node:{}", nodes.len());
        nodes.push(node);
        graph.add_node(Element::create_with_properties(
            shape,
            look,
            Orientation::TopToBottom,
            size,
            tag,
        ))
    };
    let questions: Vec<_> = content
        .questions
        .iter()
        .map(|q| {
            let node = Node {
                link: format!("#q-{}", q.id),
                class: String::new(),
            };
            add(&mut graph, format!("{}\n{}", q.id, wrap(q.text, 24)), node)
        })
        .collect();
    let end = add(
        &mut graph,
        "Results: the plan".to_owned(),
        Node {
            link: "#outcomes".to_owned(),
            class: String::new(),
        },
    );
    let flags: Vec<_> = content
        .red_flags
        .iter()
        .map(|f| {
            let style = content
                .care(f.care)
                .map_or(CardStyle::Urgent, |(_, c)| c.style);
            let class = format!("flag-{}", style_class(style));
            let label = format!("Red flag ({}):\n{}", f.care, wrap(&fill(f.title), 24));
            let node = Node {
                link: format!("#flag-{}", f.id),
                class,
            };
            add(&mut graph, label, node)
        })
        .collect();
    let target = |next: Next| match next {
        Next::End => end,
        Next::Question(id) => {
            let at = content.questions.iter().position(|q| q.id == id);
            at.map_or(end, |at| questions[at])
        }
    };
    // The questions for the physio come after the result: a required
    // question that leads to one leads to the result, and the result to it.
    let for_physio = |next: Next| match next {
        Next::Question(id) => content.question(id).filter(|q| q.group == FOR_PHYSIO_GROUP),
        Next::End => None,
    };
    let mut after_result = None;
    for (at, question) in content.questions.iter().enumerate() {
        let from = questions[at];
        let next = match (
            question.group == FOR_PHYSIO_GROUP,
            for_physio(question.next),
        ) {
            (false, Some(first)) => {
                after_result = Some(Next::Question(first.id));
                end
            }
            (true, None) => continue,
            _ => target(question.next),
        };
        graph.add_edge(Arrow::simple_with_properties("", "edge:"), from, next);
        for option in question.options {
            if let Some(next) = option.next {
                graph.add_edge(
                    Arrow::simple_with_properties(&wrap(option.label, 16), "edge:"),
                    from,
                    target(next),
                );
            }
        }
        let mut exits: Vec<&str> = question.options.iter().filter_map(|o| o.red_flag).collect();
        exits.dedup();
        exits.sort_unstable();
        exits.dedup();
        for flag in exits {
            let Some(at) = content.red_flags.iter().position(|f| f.id == flag) else {
                continue;
            };
            let class = &nodes_class(content, flag);
            graph.add_edge(
                Arrow::simple_with_properties("", format!("edge:{class}")),
                from,
                flags[at],
            );
        }
    }
    if let Some(first) = after_result {
        graph.add_edge(
            Arrow::simple_with_properties("then, optional: for the physio", "edge:"),
            end,
            target(first),
        );
    }
    let mut canvas = Canvas::default();
    graph.do_it(false, false, false, &mut canvas);
    canvas.finish(&nodes)
}

/// The class of a red flag's exits, by its care level's style.
fn nodes_class(content: &Content, flag: &str) -> String {
    let style = content
        .red_flag(flag)
        .and_then(|f| content.care(f.care))
        .map_or(CardStyle::Urgent, |(_, c)| c.style);
    format!("flag-{}", style_class(style))
}

/// Placeholders left as the clinician wrote them, but without braces.
fn fill(text: &str) -> String {
    text.replace(['{', '}'], "")
}

/// `text` in lines of about `width` characters, at spaces.
pub fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines.join("\n")
}

/// What `layout-rs` draws, kept to be written out with the sheet's classes.
#[derive(Default)]
struct Canvas {
    /// Boxes: the node they stand for, top left, size, and their text.
    boxes: Vec<(usize, Point, Point, String)>,
    /// Edge labels: centre and text.
    labels: Vec<(Point, String)>,
    /// Edges: class and path data.
    edges: Vec<(String, String)>,
    /// The box whose text comes next.
    open: Option<usize>,
    low: (f64, f64),
    high: (f64, f64),
}

impl Canvas {
    fn grow(&mut self, p: Point) {
        self.low = (self.low.0.min(p.x), self.low.1.min(p.y));
        self.high = (self.high.0.max(p.x), self.high.1.max(p.y));
    }

    fn finish(self, nodes: &[Node]) -> String {
        let pad = 10.0;
        let (x, y) = (self.low.0 - pad, self.low.1 - pad);
        let (w, h) = (self.high.0 - x + pad, self.high.1 - y + pad);
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{x:.0} {y:.0} {w:.0} {h:.0}\" \
             width=\"{w:.0}\" height=\"{h:.0}\" aria-labelledby=\"map-title\">\
             <title id=\"map-title\">Question map: each question, where each answer leads, and the red flags it can stop at</title><defs>"
        );
        for class in [
            "",
            "flag-self_care",
            "flag-non_urgent",
            "flag-urgent",
            "flag-emergency",
        ] {
            out.push_str(&format!(
                "<marker id=\"arrow{class}\" class=\"{class}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" \
                 markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>"
            ));
        }
        out.push_str("</defs>");
        for (class, path) in &self.edges {
            out.push_str(&format!(
                "<path class=\"edge {class}\" d=\"{path}\" marker-end=\"url(#arrow{class})\"/>"
            ));
        }
        for (node, at, size, text) in &self.boxes {
            let Some(node) = nodes.get(*node) else {
                continue;
            };
            out.push_str(&format!(
                "<a href=\"{}\"><g class=\"node {}\"><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"6\"/>{}</g></a>",
                escape(&node.link),
                node.class,
                at.x,
                at.y,
                size.x,
                size.y,
                text_lines(Point::new(at.x + size.x / 2.0, at.y + size.y / 2.0), text, "")
            ));
        }
        for (at, text) in &self.labels {
            out.push_str(&text_lines(*at, text, "label"));
        }
        out.push_str("</svg>");
        out
    }
}

/// `text` centred on `at`, one `tspan` a line.
fn text_lines(at: Point, text: &str, class: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let height = 16.0;
    let top = at.y - (lines.len() as f64 - 1.0) * height / 2.0;
    let spans: String = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                "<tspan x=\"{:.1}\" y=\"{:.1}\">{}</tspan>",
                at.x,
                top + i as f64 * height,
                escape(line)
            )
        })
        .collect();
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    format!("<text{class} text-anchor=\"middle\" dominant-baseline=\"middle\">{spans}</text>")
}

impl RenderBackend for Canvas {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        _look: &StyleAttr,
        properties: Option<String>,
        _clip: Option<ClipHandle>,
    ) {
        let node = properties
            .as_deref()
            .and_then(|p| p.strip_prefix("node:"))
            .and_then(|n| n.parse().ok());
        if let Some(node) = node {
            self.grow(xy);
            self.grow(Point::new(xy.x + size.x, xy.y + size.y));
            self.boxes.push((node, xy, size, String::new()));
            self.open = Some(self.boxes.len() - 1);
        }
    }

    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_text(&mut self, xy: Point, text: &str, _look: &StyleAttr) {
        match self.open.take() {
            Some(at) => self.boxes[at].3 = text.to_owned(),
            None => {
                self.grow(xy);
                self.labels.push((xy, text.to_owned()));
            }
        }
    }

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _dashed: bool,
        _head: (bool, bool),
        _look: &StyleAttr,
        properties: Option<String>,
        _text: &str,
    ) {
        self.open = None;
        if path.len() < 2 {
            return;
        }
        for (a, b) in path {
            self.grow(*a);
            self.grow(*b);
        }
        let mut d = format!(
            "M {:.1} {:.1} C {:.1} {:.1}, {:.1} {:.1}, {:.1} {:.1}",
            path[0].0.x,
            path[0].0.y,
            path[0].1.x,
            path[0].1.y,
            path[1].0.x,
            path[1].0.y,
            path[1].1.x,
            path[1].1.y
        );
        for (a, b) in path.iter().skip(2) {
            d.push_str(&format!(" S {:.1} {:.1}, {:.1} {:.1}", a.x, a.y, b.x, b.y));
        }
        let class = properties
            .as_deref()
            .and_then(|p| p.strip_prefix("edge:"))
            .unwrap_or("")
            .to_owned();
        self.edges.push((class, d));
    }

    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            wrap("Do you have any of these signs", 12),
            "Do you have\nany of these\nsigns"
        );
    }
}
