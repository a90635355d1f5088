class GeoPoint {
  lat!: number;
  lon!: number;
}

export class StoreDto {
  id!: string;
  location!: GeoPoint;
}
