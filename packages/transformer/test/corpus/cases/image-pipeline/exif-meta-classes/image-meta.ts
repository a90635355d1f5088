export class GpsPoint {
  constructor(public lat: number, public lon: number) {}
  toString(): string {
    return `${this.lat.toFixed(5)},${this.lon.toFixed(5)}`;
  }
}

export class ImageMeta {
  camera: string | null = null;
  takenAt: Date | null = null;
  gps: GpsPoint | null = null;
  tags = new Set<string>();

  get hasLocation(): boolean {
    return this.gps !== null;
  }
}
