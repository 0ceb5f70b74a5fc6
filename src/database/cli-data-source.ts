// The data source the TypeORM CLI uses (`npm run migration:*`): the same options as the server.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnvironment } from '../config/environment';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadEnvironment().database));
