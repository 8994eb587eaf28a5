import type { SeriesStyle } from "./series-chart-data";

// A series' point marker, drawn the same in the chart and in its legend. Plain SVG attributes (no
// style attribute), so it renders on the server under the nonce-only style policy too.

const size = 5;

function points(list: [number, number][], cx: number, cy: number): string {
  return list.map(([x, y]) => `${(cx + x).toFixed(2)},${(cy + y).toFixed(2)}`).join(" ");
}

function star(cx: number, cy: number): string {
  const corners: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? size + 1 : (size + 1) * 0.45;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    corners.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
  }
  return points(corners, cx, cy);
}

export function Marker({ shape, colour, cx, cy }: { shape: SeriesStyle["marker"]; colour: string; cx: number; cy: number }) {
  const common = { fill: colour, stroke: "#ffffff", strokeWidth: 1 };
  switch (shape) {
    case "circle":
      return <circle cx={cx} cy={cy} r={size - 0.5} {...common} />;
    case "square":
      return <rect x={cx - size + 1} y={cy - size + 1} width={(size - 1) * 2} height={(size - 1) * 2} {...common} />;
    case "triangle":
      return (
        <polygon
          points={points(
            [
              [0, -size - 0.5],
              [size + 0.5, size - 0.5],
              [-size - 0.5, size - 0.5],
            ],
            cx,
            cy,
          )}
          {...common}
        />
      );
    case "diamond":
      return (
        <polygon
          points={points(
            [
              [0, -size - 1],
              [size, 0],
              [0, size + 1],
              [-size, 0],
            ],
            cx,
            cy,
          )}
          {...common}
        />
      );
    case "cross": {
      const a = 1.8;
      const b = size;
      return (
        <polygon
          points={points(
            [
              [-a, -b],
              [a, -b],
              [a, -a],
              [b, -a],
              [b, a],
              [a, a],
              [a, b],
              [-a, b],
              [-a, a],
              [-b, a],
              [-b, -a],
              [-a, -a],
            ],
            cx,
            cy,
          )}
          {...common}
        />
      );
    }
    case "star":
      return <polygon points={star(cx, cy)} {...common} />;
  }
}

/** The hatch a series' bars are filled with, for a <defs>: stripes of its colour at its angle. */
export function HatchPattern({ id, style }: { id: string; style: SeriesStyle }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform={`rotate(${style.hatch ?? 0})`}>
      <rect width={6} height={6} fill={style.hatch === null ? style.colour : "#ffffff"} />
      {style.hatch !== null && <rect width={3} height={6} fill={style.colour} />}
    </pattern>
  );
}
